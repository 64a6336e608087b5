using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

/// <summary>Each query reads only the columns of the fields selected: read from the SQL the request sent.</summary>
public sealed class ColumnSelectionTests
{
    private static readonly string[] HouseholdDetailColumns =
        ["address", "household_group", "village_code", "exit_reason", "exited_on", "verification_status", "verification_method", "verified_at", "capital_scores"];

    private static readonly string[] MemberDetailColumns =
        ["national_id", "first_name_th", "birth_date", "annual_income", "health", "disability", "occupation"];

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_OnlyIds_ReadNoOtherHouseholdColumn(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);

        var sql = await PageSqlAsync(api, "{ households { nodes { id } } }");

        Assert.All(HouseholdDetailColumns, column => Assert.DoesNotContain(column, sql, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_AddressUnderNodesEdgesOrInlineFragment_IsRead(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);

        foreach (var query in new[]
                 {
                     "{ households { nodes { address } } }",
                     "{ households { edges { node { address } } } }",
                     "{ households { nodes { ... on Household { address } } } }",
                     "{ households { ... { nodes { ... { address } } } } }",
                 })
        {
            var sql = await PageSqlAsync(api, query);

            Assert.Contains("address", sql, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("exit_reason", sql, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Generated clients (Apollo, graphql-codegen) put every selection in named fragments.
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_NamedFragments_ReadTheirColumnsOnly(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);

        var response = await api.ExecuteAsync(
            "query { households { ...Page } } fragment Page on HouseholdConnection { nodes { ...Where } } fragment Where on Household { areaCode }");
        var sql = Assert.Single(api.Sql.Commands);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(SampleData.VillageCode, Responses.DataOf(response).GetProperty("households").GetProperty("nodes")[0].GetProperty("areaCode").GetString());
        Assert.Contains("village_code", sql, StringComparison.OrdinalIgnoreCase);
        Assert.All(HouseholdDetailColumns.Except(["village_code"]), column => Assert.DoesNotContain(column, sql, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_OrderedByAField_ReadTheColumnTheCursorNeeds(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);

        var sql = await PageSqlAsync(api, "{ households(orderBy: [{ field: AREA_CODE }]) { edges { cursor } } }");

        Assert.Contains("village_code", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("address", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdById_OneField_ReadsOnlyItsColumn(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);
        var id = GlobalId.Encode("Household", 1);

        var sql = await PageSqlAsync(api, $"{{ household(id: \"{id}\") {{ householdCode }} }}");

        Assert.Contains("household_code", sql, StringComparison.OrdinalIgnoreCase);
        Assert.All(HouseholdDetailColumns, column => Assert.DoesNotContain(column, sql, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Members_IdentityOnly_ReadNoIncomeHealthOrDisability(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);

        await api.ExecuteAsync("{ households { nodes { members { id lastName } } } }");

        var members = Assert.Single(api.Sql.Commands, sql => sql.Contains("members", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("last_name_th", members, StringComparison.OrdinalIgnoreCase);
        Assert.All(MemberDetailColumns, column => Assert.DoesNotContain(column, members, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task MemberByNode_SensitiveFieldUnderFragment_IsReadAndNothingElse(DatabaseProvider provider)
    {
        await using var api = await ArrangeAsync(provider);
        var id = GlobalId.Encode("Member", 1);

        var sql = await PageSqlAsync(api, $"{{ node(id: \"{id}\") {{ ... on Member {{ healthCondition }} }} }}");

        Assert.Contains("health", sql, StringComparison.OrdinalIgnoreCase);
        Assert.All(MemberDetailColumns.Except(["health"]), column => Assert.DoesNotContain(column, sql, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<ApiTestContext> ArrangeAsync(DatabaseProvider provider)
    {
        var api = await ApiTestContext.CreateAsync(provider);
        var household = HouseholdSamples.Scored(human: 2m, financial: 2m);
        household.Members.Add(SampleData.Member());
        await api.AddAsync(household);
        return api;
    }

    /// <summary>The one statement <paramref name="query"/> sends, after checking it succeeded.</summary>
    private static async Task<string> PageSqlAsync(ApiTestContext api, string query)
    {
        var response = await api.ExecuteAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return Assert.Single(api.Sql.Commands);
    }
}
