using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

/// <summary>A caller whose MOU covers Kalasin (46) reads nothing of Bangkok (10): not by id, not in lists, not in
/// counts.</summary>
public sealed class AreaRestrictionTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_KalasinCaller_ListsAndCountsOnlyKalasin(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var (_, kalasin) = await ArrangeAsync(api);

        var response = await api.ExecuteAsync(
            "{ all: households { nodes { id } totalCount } bangkok: households(where: { areaCode: \"10\" }) { nodes { id } totalCount } }",
            caller: HouseholdSamples.KalasinCaller());

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var all = DataOf(response).GetProperty("all");
        Assert.Equal([GlobalId.Encode("Household", kalasin.Id)], all.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(1, all.GetProperty("totalCount").GetInt32());
        Assert.Empty(DataOf(response).GetProperty("bangkok").GetProperty("nodes").EnumerateArray());
        Assert.Equal(0, DataOf(response).GetProperty("bangkok").GetProperty("totalCount").GetInt32());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task ById_KalasinCaller_FindsNothingInBangkok(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var (bangkok, kalasin) = await ArrangeAsync(api);
        var referral = (await api.AddAsync(Referral.Submit(bangkok.Id, null, ProblemDimension.Income, SampleData.AgencyCode,
            "Savings group", "officer", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc))))[0];
        var ids = new Dictionary<string, object?>
        {
            ["household"] = GlobalId.Encode("Household", bangkok.Id),
            ["member"] = GlobalId.Encode("Member", bangkok.Members[0].Id),
            ["referral"] = GlobalId.Encode("Referral", referral.Id),
            ["own"] = GlobalId.Encode("Household", kalasin.Id),
        };

        var response = await api.ExecuteAsync(
            """
            query($household: ID!, $member: ID!, $referral: ID!, $own: ID!) {
              household(id: $household) { id }
              member(id: $member) { id }
              householdNode: node(id: $household) { id }
              memberNode: node(id: $member) { id }
              referralNode: node(id: $referral) { id }
              own: household(id: $own) { id }
            }
            """,
            ids,
            HouseholdSamples.KalasinCaller());

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var data = DataOf(response);
        foreach (var field in new[] { "household", "member", "householdNode", "memberNode", "referralNode" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }

        Assert.Equal(ids["own"], data.GetProperty("own").GetProperty("id").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task EveryStatement_KalasinCaller_CarriesTheAreaCondition(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var (_, kalasin) = await ArrangeAsync(api);
        var referral = Referral.Submit(kalasin.Id, null, ProblemDimension.Income, SampleData.AgencyCode,
            "Savings group", "officer", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));
        referral.Assistance.Add(new AssistanceRecord { GivenOn = new DateOnly(2026, 2, 1), Kind = "seed fund", AmountBaht = 3_000m });
        await api.AddAsync(referral);

        var response = await api.ExecuteAsync(
            $"{{ households {{ totalCount nodes {{ memberCount members {{ id }} capitalScores {{ human }} problems {{ dimension }} referrals {{ assistance {{ kind }} }} }} }} member(id: \"{GlobalId.Encode("Member", kalasin.Members[0].Id)}\") {{ id }} }}",
            caller: HouseholdSamples.KalasinCaller());

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(1, DataOf(response).GetProperty("households").GetProperty("nodes")[0].GetProperty("referrals")[0].GetProperty("assistance").GetArrayLength());
        // The page, its count, members, member counts, scores, problems, referrals, assistance, and the member by id.
        Assert.Equal(9, api.Sql.Commands.Count);
        Assert.All(api.Sql.Commands, sql => Assert.Contains("'46%'", sql, StringComparison.Ordinal));
    }

    /// <summary>A scored Bangkok household with a member and a problem, and a Kalasin one with the same.</summary>
    private static async Task<(Household Bangkok, Household Kalasin)> ArrangeAsync(ApiTestContext api)
    {
        await HouseholdSamples.AddKalasinAsync(api);
        var bangkok = HouseholdSamples.Scored(human: 1m, financial: 1m);
        bangkok.Members.Add(SampleData.Member(0));
        bangkok.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income));
        var kalasin = HouseholdSamples.Scored(human: 1m, financial: 1m, HouseholdSamples.KalasinVillageCode);
        kalasin.Members.Add(SampleData.Member(1));
        kalasin.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income));
        await api.AddAsync(bangkok, kalasin);
        return (bangkok, kalasin);
    }
}
