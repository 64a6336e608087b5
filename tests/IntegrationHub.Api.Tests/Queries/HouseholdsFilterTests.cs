using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

public sealed class HouseholdsFilterTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_CapitalScoreRanges_KeepHouseholdsWhoseLatestScoresLieInAll(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var weakFinance = HouseholdSamples.Scored(human: 3m, financial: 1.5m);
        var weakBoth = HouseholdSamples.Scored(human: 1.25m, financial: 2m);
        var strong = HouseholdSamples.Scored(human: 4m, financial: 4.5m);
        // Weak in the first round, strong in the latest: the latest round decides.
        var recovered = HouseholdSamples.Scored(human: 1m, financial: 1m);
        recovered.CapitalScores.Add(HouseholdSamples.Round(2, new DateOnly(2025, 12, 1), human: 4m, financial: 4m));
        var neverScored = SampleData.Household();
        await api.AddAsync(weakFinance, weakBoth, strong, recovered, neverScored);

        Assert.Equal(Ids(weakFinance, weakBoth), await IdsAsync(api, "{ capitalScores: { financial: { max: 2 } } }"));
        Assert.Equal(Ids(weakBoth), await IdsAsync(api, "{ capitalScores: { financial: { max: 2 }, human: { max: 2.5 } } }"));
        Assert.Equal(Ids(strong, recovered), await IdsAsync(api, "{ capitalScores: { human: { min: 4 } } }"));
        Assert.Equal(Ids(weakBoth), await IdsAsync(api, "{ capitalScores: { human: { min: 1.25, max: 1.25 } } }"));
        Assert.Equal(Ids(weakFinance, weakBoth, strong, recovered), await IdsAsync(api, "{ capitalScores: { social: { min: 0, max: 5 } } }"));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_ProblemDimensions_KeepHouseholdsWithAProblemOnAnyOfThem(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var health = SampleData.Household();
        health.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Health));
        var healthAndIncome = SampleData.Household();
        healthAndIncome.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Health));
        healthAndIncome.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income));
        var education = SampleData.Household();
        education.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Education));
        var none = SampleData.Household();
        await api.AddAsync(health, healthAndIncome, education, none);

        Assert.Equal(Ids(health, healthAndIncome), await IdsAsync(api, "{ problemDimensions: [HEALTH] }"));
        Assert.Equal(Ids(healthAndIncome, education), await IdsAsync(api, "{ problemDimensions: [INCOME, EDUCATION] }"));
        Assert.Empty(await IdsAsync(api, "{ problemDimensions: [PUBLIC_SERVICES] }"));
        Assert.Equal(Ids(healthAndIncome), await IdsAsync(api, "{ problemDimensions: [INCOME], capitalScores: null }"));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_FiltersTogether_AllMustHold(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var match = HouseholdSamples.Scored(human: 2m, financial: 1m);
        match.Group = HouseholdGroup.Destitute;
        match.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income));
        var otherGroup = HouseholdSamples.Scored(human: 2m, financial: 1m);
        otherGroup.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income));
        var elsewhere = HouseholdSamples.Scored(human: 2m, financial: 1m, SampleData.OtherVillageCode);
        elsewhere.Group = HouseholdGroup.Destitute;
        elsewhere.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income));
        await api.AddAsync(match, otherGroup, elsewhere);

        Assert.Equal(Ids(match), await IdsAsync(api,
            "{ areaCode: \"1001\", group: DESTITUTE, status: ACTIVE, verificationStatus: PENDING, problemDimensions: [INCOME], capitalScores: { financial: { max: 1 } } }"));
    }

    [Theory]
    [InlineData("{ capitalScores: { human: { min: 6 } } }", "capitalScores.human.min")]
    [InlineData("{ capitalScores: { natural: { min: 3, max: 2 } } }", "capitalScores.natural")]
    [InlineData("{ capitalScores: { social: {} } }", "capitalScores.social")]
    [InlineData("{ capitalScores: {} }", "capitalScores")]
    [InlineData("{ problemDimensions: [] }", "problemDimensions")]
    [InlineData("{ areaCode: \"10%\" }", "areaCode")]
    public async Task Households_BadFilter_FailsAsInvalidFilterNamingTheFieldWithoutQuerying(string where, string field)
    {
        await using var api = await ApiTestContext.CreateAsync(DatabaseProvider.Sqlite);

        var response = await api.ExecuteAsync($"{{ households(where: {where}) {{ totalCount }} }}");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("households").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(HouseholdFilter.InvalidFilterCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains($"\"{field}\"", error.GetProperty("message").GetString());
        Assert.Empty(api.Sql.Commands);
    }

    private static List<string> Ids(params Household[] households) => [.. households.Select(h => GlobalId.Encode("Household", h.Id))];

    /// <summary>The ids the filter keeps, after checking that totalCount agrees with them.</summary>
    private static async Task<List<string>> IdsAsync(ApiTestContext api, string where)
    {
        var response = await api.ExecuteAsync($"{{ households(where: {where}) {{ nodes {{ id }} totalCount }} }}");
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var connection = DataOf(response).GetProperty("households");
        var ids = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, connection.GetProperty("totalCount").GetInt32());
        return ids;
    }
}
