using IntegrationHub.Api.Access;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

public sealed class BatchingTests
{
    private const string PageWithMembers =
        "query($first: Int!) { households(first: $first) { nodes { id memberCount members { id nationalId } referrals { id status submittedAt assistance { date kind amountBaht } } } } }";

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PageWithMembersAndReferrals_AnyPageSize_CostsFiveStatements(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var households = await api.AddAsync([.. Enumerable.Range(0, 100).Select(HouseholdOfTwo)]);
        await api.AddAsync([.. households.Select(AssistedReferral)]);

        var statements = new Dictionary<int, int>();
        foreach (var first in new[] { 1, 10, 100 })
        {
            var response = await api.ExecuteAsync(PageWithMembers, new Dictionary<string, object?> { ["first"] = first });
            Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
            var nodes = DataOf(response).GetProperty("households").GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(first, nodes.Count);
            Assert.All(nodes, node => Assert.Equal(2, node.GetProperty("members").GetArrayLength()));
            Assert.All(nodes, node => Assert.Equal(2, node.GetProperty("memberCount").GetInt32()));
            Assert.All(nodes, node => Assert.Equal(1, node.GetProperty("referrals")[0].GetProperty("assistance").GetArrayLength()));
            statements[first] = api.Sql.Commands.Count;
        }

        // The page, then for all its households at once their members, member counts and referrals, then the
        // assistance of all those referrals: never one query per household or per referral.
        Assert.Equal(new Dictionary<int, int> { [1] = 5, [10] = 5, [100] = 5 }, statements);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task SiblingFields_LoadingAtOnce_ShareTheRequestContextWithoutOverlap(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await api.AddAsync([.. Enumerable.Range(0, 3).Select(HouseholdOfTwo)]);

        // Two root fields and, below them, two loaders in one wave: each starts its query before any finishes.
        var response = await api.ExecuteAsync(
            "{ a: households { totalCount nodes { memberCount members { id } } } b: households(first: 1) { totalCount nodes { memberCount } } }");

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(3, DataOf(response).GetProperty("a").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, DataOf(response).GetProperty("b").GetProperty("totalCount").GetInt32());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PageWithMembers_Sql_ReadsNoColumnOfAFieldNotSelected(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var households = await api.AddAsync(HouseholdOfTwo(0));
        await api.AddAsync(AssistedReferral(households[0]));

        await api.ExecuteAsync(PageWithMembers, new Dictionary<string, object?> { ["first"] = 10 });

        Assert.Equal(5, api.Sql.Commands.Count);
        Assert.All(api.Sql.Commands, sql =>
        {
            // house_code and verified_by no field shows; the others belong to fields this query does not select.
            foreach (var column in new[] { "address", "house_code", "verified_by", "exit_reason", "health", "disability", "annual_income" })
            {
                Assert.DoesNotContain(column, sql, StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PageWithEveryNestedList_RestrictedCaller_CostsEightStatementsAtAnyPageSize(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var households = await api.AddAsync([.. Enumerable.Range(0, 100).Select(ScoredWithProblem)]);
        await api.AddAsync([.. households.Select(AssistedReferral)]);
        var caller = new RequestCaller();
        caller.Establish("bangkok-client", SampleData.AgencyCode, CallerArea.Of(["10"]));

        var statements = new Dictionary<int, int>();
        foreach (var first in new[] { 1, 100 })
        {
            var response = await api.ExecuteAsync(
                "query($first: Int!) { households(first: $first) { totalCount nodes { address surveyedOn memberCount members { nationalId annualIncomeBaht } capitalScores { human } problems { dimension } referrals { status assistance { kind } } } } }",
                new Dictionary<string, object?> { ["first"] = first },
                caller);
            Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
            var nodes = DataOf(response).GetProperty("households").GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(first, nodes.Count);
            Assert.All(nodes, node => Assert.Equal(1, node.GetProperty("problems").GetArrayLength()));
            Assert.All(nodes, node => Assert.Equal(2.5, node.GetProperty("capitalScores").GetProperty("human").GetDouble()));
            statements[first] = api.Sql.Commands.Count;
        }

        // The page and its count; then, for all its households at once, members, member counts, scores,
        // problems and referrals; then the assistance of all those referrals.
        Assert.Equal(new Dictionary<int, int> { [1] = 8, [100] = 8 }, statements);
    }

    private static Household ScoredWithProblem(int index)
    {
        var household = HouseholdOfTwo(index);
        household.CapitalScores.Add(new CapitalScore { Round = 1, SurveyedOn = new DateOnly(2025, 6, 1), Human = 2.5m, Physical = 3m, Financial = 1m, Natural = 3m, Social = 4m });
        household.Problems.Add(new HouseholdProblem { Dimension = ProblemDimension.Income, Description = "หนี้นอกระบบ", IdentifiedOn = new DateOnly(2025, 6, 1) });
        return household;
    }

    private static Referral AssistedReferral(Household household)
    {
        var referral = Referral.Submit(household.Id, null, ProblemDimension.LivingConditions, SampleData.AgencyCode,
            "Baan Por Piang", "officer", new DateTime(2026, 1, 5, 2, 30, 0, DateTimeKind.Utc));
        referral.Assistance.Add(new AssistanceRecord { GivenOn = new DateOnly(2026, 2, 1), Kind = "house repair", AmountBaht = 20_000.50m });
        return referral;
    }

    private static Household HouseholdOfTwo(int index)
    {
        var household = SampleData.Household();
        household.Members.Add(SampleData.Member(index % 2));
        household.Members.Add(SampleData.Member(2 + (index % 2)));
        return household;
    }
}
