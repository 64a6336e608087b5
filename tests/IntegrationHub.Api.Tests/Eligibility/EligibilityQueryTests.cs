using System.Text.Json;
using IntegrationHub.Api.Eligibility;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Queries;
using IntegrationHub.Api.Tests.Queries;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationHub.Api.Tests.Support.Responses;

namespace IntegrationHub.Api.Tests.Eligibility;

/// <summary>The four list fields on both providers against the hand-worked <see cref="EligibilityFixture"/>.</summary>
public sealed class EligibilityQueryTests
{
    private const string AsOf = "2026-06-15";

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task WelfareCardEligibility_Fixture_MatchesHandWorkedListWithEntryFields(DatabaseProvider provider)
    {
        var (api, fixture) = await EligibilityFixture.SaveAsync(provider);
        await using var _ = api;

        var list = Data(await api.ExecuteAsync(
            $$"""{ welfareCardEligibility(asOf: "{{AsOf}}", first: 500) { asOf totalCount nodes { memberId householdId areaCode age inSchool criteria member { nationalId } } pageInfo { hasNextPage } } }"""),
            "welfareCardEligibility");

        Assert.Equal(fixture.ExpectedWelfareCard.Select(MemberId), Ids(list, "memberId"));
        Assert.Equal(5, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(AsOf, list.GetProperty("asOf").GetString());
        Assert.False(list.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var turns18 = list.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("memberId").GetString() == MemberId(fixture.Turns18OnAsOf));
        Assert.Equal(18, turns18.GetProperty("age").GetInt32());
        Assert.Equal(GlobalId.Encode("Household", fixture.Bangkok1.Id), turns18.GetProperty("householdId").GetString());
        Assert.Equal(SampleData.VillageCode, turns18.GetProperty("areaCode").GetString());
        Assert.Equal(fixture.Turns18OnAsOf.NationalId, turns18.GetProperty("member").GetProperty("nationalId").GetString());
        Assert.Equal(["ADULT", "INCOME_WITHIN_LIMIT", "NO_WELFARE_CARD"], Strings(turns18.GetProperty("criteria")));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task EefEligibility_Fixture_MatchesHandWorkedListInAndOutOfSchool(DatabaseProvider provider)
    {
        var (api, fixture) = await EligibilityFixture.SaveAsync(provider);
        await using var _ = api;

        var list = Data(await api.ExecuteAsync(
            $$"""{ eefEligibility(asOf: "{{AsOf}}") { totalCount nodes { memberId age inSchool criteria } } }"""), "eefEligibility");

        Assert.Equal(fixture.ExpectedEef.Select(MemberId), Ids(list, "memberId"));
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        var nodes = list.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("memberId").GetString()!);
        Assert.Equal(3, nodes[MemberId(fixture.Turns3OnAsOf)].GetProperty("age").GetInt32());
        Assert.False(nodes[MemberId(fixture.Turns3OnAsOf)].GetProperty("inSchool").GetBoolean());
        Assert.Equal(18, nodes[MemberId(fixture.Aged18Turns19Tomorrow)].GetProperty("age").GetInt32());
        Assert.True(nodes[MemberId(fixture.Aged18Turns19Tomorrow)].GetProperty("inSchool").GetBoolean());
        Assert.Equal(["SCHOOL_AGE", "HOUSEHOLD_INCOME_PER_PERSON_WITHIN_LIMIT"], Strings(nodes[MemberId(fixture.Turns3OnAsOf)].GetProperty("criteria")));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdLists_Fixture_MatchHandWorkedListsAndCriteria(DatabaseProvider provider)
    {
        var (api, fixture) = await EligibilityFixture.SaveAsync(provider);
        await using var _ = api;

        var data = DataOf(await api.ExecuteAsync(
            """
            {
              codi: codiHousingEligibility { totalCount nodes { householdId areaCode criteria household { areaCode } } }
              ptt: pohTeckTungEligibility { totalCount nodes { householdId criteria } }
            }
            """));

        var codi = data.GetProperty("codi");
        Assert.Equal(fixture.ExpectedCodiHousing.Select(HouseholdId), Ids(codi, "householdId"));
        Assert.Equal(2, codi.GetProperty("totalCount").GetInt32());
        var kalasin = codi.GetProperty("nodes")[1];
        Assert.Equal(HouseholdSamples.KalasinVillageCode, kalasin.GetProperty("areaCode").GetString());
        Assert.Equal(HouseholdSamples.KalasinVillageCode, kalasin.GetProperty("household").GetProperty("areaCode").GetString());
        Assert.Equal(["LIVING_CONDITIONS_PROBLEM"], Strings(kalasin.GetProperty("criteria")));
        var ptt = data.GetProperty("ptt");
        Assert.Equal(fixture.ExpectedPohTeckTung.Select(e => HouseholdId(e.Household)), Ids(ptt, "householdId"));
        Assert.Equal(
            fixture.ExpectedPohTeckTung.Select(e => string.Join(",", e.Criteria)),
            ptt.GetProperty("nodes").EnumerateArray().Select(n => string.Join(",", Strings(n.GetProperty("criteria")))));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task WelfareCardEligibility_PagedByTwo_ReturnsWholeListOnceInOneQueryPerPage(DatabaseProvider provider)
    {
        var (api, fixture) = await EligibilityFixture.SaveAsync(provider);
        await using var _ = api;
        var pulled = new List<string>();
        string? after = null;
        var pages = 0;

        do
        {
            var list = Data(await api.ExecuteAsync(
                "query($after: String) { welfareCardEligibility(asOf: \"" + AsOf + "\", first: 2, after: $after) { edges { cursor node { memberId } } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["after"] = after }), "welfareCardEligibility");
            Assert.Single(api.Sql.Commands);
            var edges = list.GetProperty("edges").EnumerateArray().ToList();
            pulled.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("memberId").GetString()!));
            var pageInfo = list.GetProperty("pageInfo");
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(fixture.ExpectedWelfareCard.Select(MemberId), pulled);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Lists_CallerRestrictedToKalasin_SeeOnlyKalasinEntriesAndTotals(DatabaseProvider provider)
    {
        var (api, fixture) = await EligibilityFixture.SaveAsync(provider);
        await using var _ = api;

        var data = DataOf(await api.ExecuteAsync(
            $$"""
            {
              card: welfareCardEligibility(asOf: "{{AsOf}}") { totalCount nodes { memberId } }
              eef: eefEligibility(asOf: "{{AsOf}}") { totalCount nodes { memberId } }
              codi: codiHousingEligibility { totalCount nodes { householdId } }
              ptt: pohTeckTungEligibility { totalCount nodes { householdId } }
            }
            """,
            caller: HouseholdSamples.KalasinCaller()));

        Assert.Equal([MemberId(fixture.KalasinAdult)], Ids(data.GetProperty("card"), "memberId"));
        Assert.Equal(1, data.GetProperty("card").GetProperty("totalCount").GetInt32());
        Assert.Empty(Ids(data.GetProperty("eef"), "memberId"));
        Assert.Equal(0, data.GetProperty("eef").GetProperty("totalCount").GetInt32());
        Assert.Equal([HouseholdId(fixture.Kalasin)], Ids(data.GetProperty("codi"), "householdId"));
        Assert.Equal(1, data.GetProperty("codi").GetProperty("totalCount").GetInt32());
        Assert.Empty(Ids(data.GetProperty("ptt"), "householdId"));
        Assert.Equal(0, data.GetProperty("ptt").GetProperty("totalCount").GetInt32());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task WelfareCardEligibility_AsOfBeforePolicy_FailsWithCodeAndKeepsSiblings(DatabaseProvider provider)
    {
        var (api, _) = await EligibilityFixture.SaveAsync(provider);
        await using var __ = api;

        var response = await api.ExecuteAsync(
            """{ early: welfareCardEligibility(asOf: "2022-09-04") { totalCount } codi: codiHousingEligibility { totalCount } }""");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("early").ValueKind);
        Assert.Equal(2, DataOf(response).GetProperty("codi").GetProperty("totalCount").GetInt32());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(EligibilityQueries.PolicyNotInForceCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("2022-09-05", error.GetProperty("message").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdList_CursorOfMemberList_FailsAsCursorOfAnotherOrdering(DatabaseProvider provider)
    {
        var (api, _) = await EligibilityFixture.SaveAsync(provider);
        await using var __ = api;
        var memberCursor = new KeysetCursor(EligibilityLists.MemberOrdering, [], 1).Encode();

        var response = await api.ExecuteAsync(
            "query($after: String) { codiHousingEligibility(after: $after) { totalCount } }",
            new Dictionary<string, object?> { ["after"] = memberCursor });

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(KeysetCursor.CursorOrderMismatchCode, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    public static TheoryData<string> ForgedCursors =>
    [
        "not a cursor",
        new KeysetCursor(EligibilityLists.MemberOrdering, [], -1).Encode(),
        new string('A', 5000),
    ];

    [Theory]
    [MemberData(nameof(ForgedCursors))]
    public async Task WelfareCardEligibility_ForgedCursor_FailsAsInvalidCursor(string cursor)
    {
        var (api, _) = await EligibilityFixture.SaveAsync(DatabaseProvider.Sqlite);
        await using var __ = api;

        var response = await api.ExecuteAsync(
            "query($after: String) { welfareCardEligibility(after: $after) { totalCount } }",
            new Dictionary<string, object?> { ["after"] = cursor });

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("welfareCardEligibility").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(KeysetCursor.InvalidCursorCode, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WelfareCardEligibility_PageAboveMaximum_FailsWithCode()
    {
        var (api, _) = await EligibilityFixture.SaveAsync(DatabaseProvider.Sqlite);
        await using var __ = api;

        var response = await api.ExecuteAsync($"{{ welfareCardEligibility(first: {PageSize.Maximum + 1}) {{ totalCount }} }}");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(PageSize.InvalidPageSizeCode, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WelfareCardEligibility_NoAsOf_UsesTodayInBangkokFromTheClock()
    {
        var (api, fixture) = await EligibilityFixture.SaveAsync(DatabaseProvider.Sqlite);
        await using var __ = api;
        // 17:30 UTC on 14 June is 00:30 on 15 June in Bangkok: the member born 15 June 2008 is 18 there.
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 14, 17, 30, 0, TimeSpan.Zero));
        var addEligibility = api.AddServices!;
        api.AddServices = services =>
        {
            addEligibility(services);
            services.AddSingleton<TimeProvider>(clock);
        };

        var list = Data(await api.ExecuteAsync("{ welfareCardEligibility { asOf nodes { memberId } } }"), "welfareCardEligibility");

        Assert.Equal(AsOf, list.GetProperty("asOf").GetString());
        Assert.Contains(MemberId(fixture.Turns18OnAsOf), Ids(list, "memberId"));
    }

    [Fact]
    public async Task Lists_PoliciesNotRegistered_FailNamingTheRegistration()
    {
        var (api, _) = await EligibilityFixture.SaveAsync(DatabaseProvider.Sqlite);
        await using var __ = api;
        api.AddServices = null;

        var response = await api.ExecuteAsync("{ codiHousingEligibility { totalCount } }");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("codiHousingEligibility").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Contains(nameof(EligibilityRegistration.AddHubEligibility), error.GetProperty("message").GetString());
    }

    private static JsonElement Data(JsonElement response, string field)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return DataOf(response).GetProperty(field);
    }

    private static List<string> Ids(JsonElement list, string property) =>
        [.. list.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(property).GetString()!)];

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static string MemberId(Member member) => GlobalId.Encode("Member", member.Id);

    private static string HouseholdId(Household household) => GlobalId.Encode("Household", household.Id);
}
