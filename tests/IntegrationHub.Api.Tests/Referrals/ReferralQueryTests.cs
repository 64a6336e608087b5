using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using static IntegrationHub.Api.Tests.Referrals.ReferralScenario;

namespace IntegrationHub.Api.Tests.Referrals;

public sealed class ReferralQueryTests
{
    private static readonly DateTime Submitted = new(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Referral_ById_ReturnsItsFields(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);

        var response = await api.ExecuteAsync(
            "query($id: ID!) { referral(id: $id) { id status agency programme dimension submittedAt household { areaCode } } }",
            new Dictionary<string, object?> { ["id"] = id });

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var referral = Responses.DataOf(response).GetProperty("referral");
        Assert.Equal(id, referral.GetProperty("id").GetString());
        Assert.Equal(("SUBMITTED", "codi", "Baan Mankong", "LIVING_CONDITIONS"), (
            referral.GetProperty("status").GetString(), referral.GetProperty("agency").GetString(),
            referral.GetProperty("programme").GetString(), referral.GetProperty("dimension").GetString()));
        Assert.Equal(SampleData.VillageCode, referral.GetProperty("household").GetProperty("areaCode").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Referrals_EachFilter_KeepsOnlyMatchingReferralsAndCountsThem(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddOtherAgencyAsync(api);
        var household = SampleData.Household();
        var otherHousehold = SampleData.Household(SampleData.OtherVillageCode);
        await api.AddAsync(household, otherHousehold);
        var housing = Referral.Submit(household.Id, null, ProblemDimension.LivingConditions, SampleData.AgencyCode, "Baan Mankong", "officer.a", Submitted);
        var health = Referral.Submit(household.Id, null, ProblemDimension.Health, OtherAgency, "Home care", "officer.a", Submitted);
        var accepted = Referral.Submit(otherHousehold.Id, null, ProblemDimension.LivingConditions, SampleData.AgencyCode, "Baan Mankong", "officer.a", Submitted);
        accepted.MoveTo(ReferralStatus.Accepted, "codi-app", Submitted.AddDays(1));
        await api.AddAsync(new FixedClock(new DateTimeOffset(Submitted)), housing, health);
        await api.AddAsync(new FixedClock(new DateTimeOffset(Submitted.AddDays(5))), accepted);

        async Task AssertKeepsAsync(string where, params long[] expected)
        {
            var response = await api.ExecuteAsync($"{{ referrals(where: {where}) {{ totalCount nodes {{ id }} }} }}");
            Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
            var connection = Responses.DataOf(response).GetProperty("referrals");
            Assert.Equal(expected, connection.GetProperty("nodes").EnumerateArray().Select(n => GlobalId.DecodeKey(n.GetProperty("id").GetString()!, "Referral")));
            Assert.Equal(expected.Length, connection.GetProperty("totalCount").GetInt32());
        }

        await AssertKeepsAsync("{ agency: \"codi\" }", housing.Id, accepted.Id);
        await AssertKeepsAsync("{ status: ACCEPTED }", accepted.Id);
        await AssertKeepsAsync("{ dimension: HEALTH }", health.Id);
        await AssertKeepsAsync("{ areaCode: \"1002\" }", accepted.Id);
        await AssertKeepsAsync("{ updatedSince: \"2026-10-03T00:00:00Z\" }", accepted.Id);
        await AssertKeepsAsync("{ agency: \"codi\", areaCode: \"10010101\" }", housing.Id);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Referrals_PageByPage_ReturnEachReferralOnce(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        await api.AddAsync(household);
        var referrals = Enumerable.Range(1, 5)
            .Select(i => Referral.Submit(household.Id, null, ProblemDimension.Income, SampleData.AgencyCode, $"Programme {i}", "officer.a", Submitted))
            .ToArray();
        await api.AddAsync(referrals);

        var seen = new List<long>();
        string? after = null;
        var pages = 0;
        do
        {
            var response = await api.ExecuteAsync(
                "query($after: String) { referrals(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["after"] = after });
            var connection = Responses.DataOf(response).GetProperty("referrals");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => GlobalId.DecodeKey(e.GetProperty("node").GetProperty("id").GetString()!, "Referral")));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(referrals.Select(r => r.Id), seen);
        Assert.Equal(3, pages);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Referrals_CallerRestrictedToOneDistrict_NeitherSeesNorCountsTheOthers(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var inside = await AddReferralAsync(api, SampleData.VillageCode);
        var outside = await AddReferralAsync(api, SampleData.OtherVillageCode);
        var caller = Codi("1001");

        var list = await api.ExecuteAsync("{ referrals { totalCount nodes { id } } }", caller: caller);
        var byId = await api.ExecuteAsync(
            "query($in: ID!, $out: ID!) { mine: referral(id: $in) { id } theirs: referral(id: $out) { id } }",
            new Dictionary<string, object?> { ["in"] = inside, ["out"] = outside },
            caller);

        var connection = Responses.DataOf(list).GetProperty("referrals");
        Assert.Equal(1, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal([inside], connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(inside, Responses.DataOf(byId).GetProperty("mine").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, Responses.DataOf(byId).GetProperty("theirs").ValueKind);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Referrals_BadAreaCodeOrForeignCursor_AreCodedErrors(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var area = await api.ExecuteAsync("{ referrals(where: { areaCode: \"10%\" }) { totalCount } }");
        var cursor = await api.ExecuteAsync(
            "query($after: String) { referrals(after: $after) { totalCount } }",
            new Dictionary<string, object?> { ["after"] = Convert.ToBase64String("change:5"u8.ToArray()) });

        Assert.Equal("INVALID_FILTER", ErrorCode(area));
        Assert.Contains("\"10%\"", SingleError(area).GetProperty("message").GetString());
        Assert.Equal("INVALID_CURSOR", ErrorCode(cursor));
    }
}
