using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

public sealed class HouseholdsOrderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_OrderedByEachFieldEachWay_PageByTwoInThatOrderWithKeyTieBreak(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var households = await AddVariedAsync(api);
        var keys = new Dictionary<string, Func<Household, IComparable>>
        {
            ["ID"] = h => h.Id,
            ["UPDATED_AT"] = h => h.UpdatedAt,
            ["HOUSEHOLD_CODE"] = h => h.HouseholdCode ?? "",
            ["AREA_CODE"] = h => h.VillageCode,
        };

        foreach (var (field, key) in keys)
        {
            foreach (var descending in new[] { false, true })
            {
                var orderBy = $"[{{ field: {field}, direction: {(descending ? "DESC" : "ASC")} }}]";
                var sorted = descending
                    ? households.OrderByDescending(key).ThenByDescending(h => h.Id)
                    : households.OrderBy(key).ThenBy(h => h.Id);

                var seen = await PageThroughAsync(api, orderBy);

                Assert.Equal($"{orderBy}: {string.Join(" ", sorted.Select(Id))}", $"{orderBy}: {string.Join(" ", seen)}");
            }
        }
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_OrderedByTwoFields_SortByTheFirstThenTheSecond(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var households = await AddVariedAsync(api);
        var expected = households.OrderBy(h => h.VillageCode).ThenByDescending(h => h.UpdatedAt).ThenByDescending(h => h.Id).Select(Id).ToList();

        var seen = await PageThroughAsync(api, "[{ field: AREA_CODE }, { field: UPDATED_AT, direction: DESC }]");

        Assert.Equal(expected, seen);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_CursorOfAnotherOrdering_FailsAsOrderMismatch(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddVariedAsync(api);
        var cursor = DataOf(await api.ExecuteAsync("{ households(first: 1, orderBy: [{ field: AREA_CODE }]) { pageInfo { endCursor } } }"))
            .GetProperty("households").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await api.ExecuteAsync(
            "query($after: String) { households(first: 1, after: $after, orderBy: [{ field: AREA_CODE, direction: DESC }]) { totalCount } }",
            new Dictionary<string, object?> { ["after"] = cursor });

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(KeysetCursor.CursorOrderMismatchCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("AREA_CODE ASC,ID ASC", error.GetProperty("message").GetString());
        Assert.Empty(api.Sql.Commands);
    }

    [Theory]
    [InlineData("[{ field: AREA_CODE }, { field: AREA_CODE, direction: DESC }]", "names AREA_CODE twice")]
    [InlineData("[{ field: ID }, { field: UPDATED_AT }]", "UPDATED_AT at position 1 after ID")]
    public async Task Households_OrderThatCannotApply_FailsAsInvalidOrder(string orderBy, string problem)
    {
        await using var api = await ApiTestContext.CreateAsync(DatabaseProvider.Sqlite);

        var response = await api.ExecuteAsync($"{{ households(orderBy: {orderBy}) {{ totalCount }} }}");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(HouseholdOrder.InvalidOrderCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(problem, error.GetProperty("message").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_OrderedPageSql_SeeksAndSortsWithoutOffset(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddVariedAsync(api);
        var cursor = DataOf(await api.ExecuteAsync("{ households(first: 2, orderBy: [{ field: HOUSEHOLD_CODE }]) { pageInfo { endCursor } } }"))
            .GetProperty("households").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        await api.ExecuteAsync(
            "query($after: String) { households(first: 2, after: $after, orderBy: [{ field: HOUSEHOLD_CODE }]) { nodes { id } } }",
            new Dictionary<string, object?> { ["after"] = cursor });

        var sql = Assert.Single(api.Sql.Commands);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ORDER BY COALESCE(", sql, StringComparison.OrdinalIgnoreCase);
        // The leading key's bound, which lets an index seek to the position.
        Assert.Contains(">= @", sql, StringComparison.Ordinal);
        // The cursor's values are parameters, never SQL text.
        Assert.DoesNotContain("KSN-", sql, StringComparison.Ordinal);
    }

    /// <summary>Six households over two villages, with codes (one missing) and update times in orders that
    /// differ from the key order, and ties in every sort field but the key.</summary>
    private static async Task<List<Household>> AddVariedAsync(ApiTestContext api)
    {
        var specs = new (string Village, string? Code, int Minutes)[]
        {
            (SampleData.OtherVillageCode, "KSN-0003", 5),
            (SampleData.VillageCode, "KSN-0010", 1),
            (SampleData.VillageCode, null, 5),
            (SampleData.OtherVillageCode, "KSN-0001", 3),
            (SampleData.VillageCode, "KSN-0002", 1),
            (SampleData.OtherVillageCode, "KSN-0004", 0),
        };
        var households = new List<Household>();
        foreach (var (village, code, minutes) in specs)
        {
            var household = SampleData.Household(village);
            household.HouseholdCode = code;
            households.AddRange(await api.AddAsync(new FixedClock(Start.AddMinutes(minutes)), household));
        }

        return households;
    }

    private static string Id(Household household) => GlobalId.Encode("Household", household.Id);

    private static async Task<List<string>> PageThroughAsync(ApiTestContext api, string orderBy)
    {
        var seen = new List<string>();
        string? after = null;
        bool hasNextPage;
        do
        {
            var response = await api.ExecuteAsync(
                $"query($after: String) {{ households(first: 2, after: $after, orderBy: {orderBy}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new Dictionary<string, object?> { ["after"] = after });
            Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
            var connection = DataOf(response).GetProperty("households");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            hasNextPage = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (hasNextPage);

        return seen;
    }
}
