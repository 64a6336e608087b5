using System.Text.Json;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Tests.Changes;

public sealed class HouseholdChangesTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_PulledBetweenWrites_ReplayToAnExactCopy(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var consumer = new ChangeFeedConsumer(api, pageSize: 2);

        var first = SampleData.Household();
        first.HouseholdCode = "H-0001";
        first.Members.Add(SampleData.Member(0));
        first.Members.Add(SampleData.Member(1));
        var second = SampleData.Household();
        second.Members.Add(SampleData.Member(2));
        var third = SampleData.Household(SampleData.OtherVillageCode);
        await api.AddAsync(first, second, third);
        await consumer.CatchUpAsync();

        await api.ChangeAsync(Clock, async db =>
        {
            (await db.Households.SingleAsync(h => h.Id == first.Id)).Group = HouseholdGroup.Destitute;
            db.Members.Remove(await db.Members.SingleAsync(m => m.Id == first.Members[1].Id));
            var newcomer = SampleData.Member(3);
            newcomer.HouseholdId = second.Id;
            db.Members.Add(newcomer);
        });
        await api.ChangeAsync(Clock, async db =>
            (await db.Households.SingleAsync(h => h.Id == third.Id)).Exit("Moved out of the province", new DateOnly(2026, 11, 1)));
        var fourth = (await api.AddAsync(SampleData.Household()))[0];
        await consumer.CatchUpAsync();

        // The household goes with its members, which the database deletes by cascade.
        await api.ChangeAsync(Clock, async db => db.Households.Remove(await db.Households.SingleAsync(h => h.Id == second.Id)));
        await api.ChangeAsync(Clock, async db =>
        {
            (await db.Members.SingleAsync(m => m.Id == first.Members[0].Id)).FirstNameTh = "สมหญิง";
            db.HouseholdProblems.Add(new HouseholdProblem
            {
                HouseholdId = fourth.Id, Dimension = ProblemDimension.Health, Description = "ป่วยเรื้อรัง", IdentifiedOn = new DateOnly(2026, 10, 1),
            });
        });
        var fleeting = (await api.AddAsync(SampleData.Household()))[0];
        await api.ChangeAsync(Clock, async db => db.Households.Remove(await db.Households.SingleAsync(h => h.Id == fleeting.Id)));
        await consumer.CatchUpAsync();

        var (households, members) = await DatabaseStateAsync(api, CallerArea.WholeCountry);
        Assert.Equal(Lines(households), Lines(consumer.Households));
        Assert.Equal(Lines(members), Lines(consumer.Members));
        // The copy is exact because the feed carried the exit, the deletions and the member changes.
        Assert.EndsWith("|EXITED|2026-11-01", consumer.Households[HouseholdId(third.Id)], StringComparison.Ordinal);
        Assert.DoesNotContain(HouseholdId(second.Id), consumer.Households.Keys);
        Assert.DoesNotContain(HouseholdId(fleeting.Id), consumer.Households.Keys);
        Assert.Equal(new[] { HouseholdId(first.Id) }, consumer.Members.Values.Select(m => m.Split('|')[0]).Distinct());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_CallerRestrictedToADistrict_SeesOnlyItsAreaDeletionsIncluded(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var caller = new RequestCaller();
        caller.Establish("district-client", SampleData.AgencyCode, CallerArea.Of([SampleData.VillageCode[..4]]));
        var consumer = new ChangeFeedConsumer(api, pageSize: 3, caller);
        var inside = SampleData.Household();
        inside.Members.Add(SampleData.Member(0));
        var insideGone = SampleData.Household();
        var outside = SampleData.Household(SampleData.OtherVillageCode);
        outside.Members.Add(SampleData.Member(1));
        var outsideGone = SampleData.Household(SampleData.OtherVillageCode);
        await api.AddAsync(inside, insideGone, outside, outsideGone);
        await consumer.CatchUpAsync();

        await api.ChangeAsync(Clock, async db =>
        {
            db.Households.RemoveRange(await db.Households.Where(h => h.Id == insideGone.Id || h.Id == outsideGone.Id).ToListAsync());
            (await db.Members.SingleAsync(m => m.Id == outside.Members[0].Id)).LastNameTh = "ใจงาม";
        });
        await consumer.CatchUpAsync();

        var (households, members) = await DatabaseStateAsync(api, caller.Area);
        Assert.Equal(Lines(households), Lines(consumer.Households));
        Assert.Equal(Lines(members), Lines(consumer.Members));
        var seen = consumer.Applied.Select(c => c.GetProperty("householdId").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { HouseholdId(inside.Id), HouseholdId(insideGone.Id) }.Order(StringComparer.Ordinal), seen);
        Assert.Contains(consumer.Applied, c => c.GetProperty("operation").GetString() == "DELETED"
            && c.GetProperty("entityId").GetString() == HouseholdId(insideGone.Id));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_HouseholdsMovingAcrossTheCallersArea_LeaveAndJoinItsExactCopy(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var caller = new RequestCaller();
        caller.Establish("district-client", SampleData.AgencyCode, CallerArea.Of([SampleData.VillageCode[..4]]));
        var districtConsumer = new ChangeFeedConsumer(api, pageSize: 2, caller);
        var countryConsumer = new ChangeFeedConsumer(api, pageSize: 2);
        var leaving = SampleData.Household();
        leaving.Members.Add(SampleData.Member(0));
        var arriving = SampleData.Household(SampleData.OtherVillageCode);
        arriving.Members.Add(SampleData.Member(1));
        arriving.Members.Add(SampleData.Member(2));
        await api.AddAsync(leaving, arriving);
        await districtConsumer.CatchUpAsync();
        await countryConsumer.CatchUpAsync();

        await api.ChangeAsync(Clock, async db =>
        {
            (await db.Households.SingleAsync(h => h.Id == leaving.Id)).VillageCode = SampleData.OtherVillageCode;
            (await db.Households.SingleAsync(h => h.Id == arriving.Id)).VillageCode = SampleData.VillageCode;
        });
        await districtConsumer.CatchUpAsync();
        await countryConsumer.CatchUpAsync();

        var (households, members) = await DatabaseStateAsync(api, caller.Area);
        Assert.Equal(Lines(households), Lines(districtConsumer.Households));
        Assert.Equal(Lines(members), Lines(districtConsumer.Members));
        var (allHouseholds, allMembers) = await DatabaseStateAsync(api, CallerArea.WholeCountry);
        Assert.Equal(Lines(allHouseholds), Lines(countryConsumer.Households));
        Assert.Equal(Lines(allMembers), Lines(countryConsumer.Members));
        Assert.Contains(districtConsumer.Applied, c => c.GetProperty("operation").GetString() == "MOVED_OUT"
            && c.GetProperty("entityId").GetString() == HouseholdId(leaving.Id));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_HouseholdCreatedThenDeleted_ListsBothWithNoCurrentState(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = (await api.AddAsync(SampleData.Household()))[0];
        await api.ChangeAsync(Clock, async db => db.Households.Remove(await db.Households.SingleAsync(h => h.Id == household.Id)));

        var response = await api.ExecuteAsync(
            "{ householdChanges { changes { cursor operation entityType entityId householdId changedAt household { id } record { id } } endCursor hasNextPage } }");

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var page = DataOf(response).GetProperty("householdChanges");
        var changes = page.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(new[] { "UPSERTED", "DELETED" }, changes.Select(c => c.GetProperty("operation").GetString()!));
        Assert.All(changes, c =>
        {
            Assert.Equal("HOUSEHOLD", c.GetProperty("entityType").GetString());
            Assert.Equal(HouseholdId(household.Id), c.GetProperty("entityId").GetString());
            Assert.Equal(HouseholdId(household.Id), c.GetProperty("householdId").GetString());
            Assert.EndsWith("Z", c.GetProperty("changedAt").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("household").ValueKind);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("record").ValueKind);
        });
        Assert.Equal(changes[^1].GetProperty("cursor").GetString(), page.GetProperty("endCursor").GetString());
        Assert.False(page.GetProperty("hasNextPage").GetBoolean());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_MemberChange_CarriesTheMemberAndItsHouseholdNow(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.Members.Add(SampleData.Member());
        await api.AddAsync(household);
        var start = DataOf(await api.ExecuteAsync("{ householdChanges { endCursor } }")).GetProperty("householdChanges").GetProperty("endCursor").GetString();
        await api.ChangeAsync(Clock, async db => (await db.Members.SingleAsync()).FirstNameTh = "สมศรี");

        var response = await api.ExecuteAsync(
            "query($after: String) { householdChanges(after: $after) { changes { entityType entityId household { id } record { ... on Member { id firstName } } } } }",
            new Dictionary<string, object?> { ["after"] = start });

        var change = Assert.Single(DataOf(response).GetProperty("householdChanges").GetProperty("changes").EnumerateArray());
        var memberId = GlobalId.Encode(MemberGraphType.Name, household.Members[0].Id);
        Assert.Equal("MEMBER", change.GetProperty("entityType").GetString());
        Assert.Equal(memberId, change.GetProperty("entityId").GetString());
        Assert.Equal(memberId, change.GetProperty("record").GetProperty("id").GetString());
        Assert.Equal("สมศรี", change.GetProperty("record").GetProperty("firstName").GetString());
        Assert.Equal(HouseholdId(household.Id), change.GetProperty("household").GetProperty("id").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_EmptyPullAfterACursor_KeepsThatCursor(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await api.AddAsync(SampleData.Household());
        var end = DataOf(await api.ExecuteAsync("{ householdChanges { endCursor } }")).GetProperty("householdChanges").GetProperty("endCursor").GetString();

        var page = DataOf(await api.ExecuteAsync(
            "query($after: String) { householdChanges(after: $after) { changes { cursor } endCursor hasNextPage } }",
            new Dictionary<string, object?> { ["after"] = end })).GetProperty("householdChanges");

        Assert.NotNull(end);
        Assert.Empty(page.GetProperty("changes").EnumerateArray());
        Assert.Equal(end, page.GetProperty("endCursor").GetString());
        Assert.False(page.GetProperty("hasNextPage").GetBoolean());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_BadCursorOrPageSize_FailWithCodesAndKeepSiblings(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync(
            "{ tooMany: householdChanges(first: 501) { endCursor } forged: householdChanges(after: \"Zm9yZ2Vk\") { endCursor } fine: householdChanges { hasNextPage } }");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("tooMany").ValueKind);
        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("forged").ValueKind);
        Assert.False(DataOf(response).GetProperty("fine").GetProperty("hasNextPage").GetBoolean());
        var codes = response.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("path")[0].GetString()!, e => e.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(PageSize.InvalidPageSizeCode, codes["tooMany"]);
        Assert.Equal(KeysetCursor.InvalidCursorCode, codes["forged"]);
    }

    // A cursor of another list is a position in another order: taken as a feed position it would silently skip or
    // replay changes, so the feed refuses it, and the referral list refuses a feed cursor.
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_CursorOfAnotherList_FailsAsCursorMismatch(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await api.AddAsync(SampleData.Household());
        var data = DataOf(await api.ExecuteAsync(
            "{ households(first: 1) { pageInfo { endCursor } } householdChanges(first: 1) { endCursor } }"));
        var householdCursor = data.GetProperty("households").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var feedCursor = data.GetProperty("householdChanges").GetProperty("endCursor").GetString();

        var response = await api.ExecuteAsync(
            "query($household: String, $feed: String) { feed: householdChanges(after: $household) { endCursor } referrals(after: $feed) { totalCount } }",
            new Dictionary<string, object?> { ["household"] = householdCursor, ["feed"] = feedCursor });

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("feed").ValueKind);
        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("referrals").ValueKind);
        var codes = response.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("path")[0].GetString()!, e => e.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(KeysetCursor.CursorOrderMismatchCode, codes["feed"]);
        Assert.Equal(KeysetCursor.CursorOrderMismatchCode, codes["referrals"]);
    }

    // PostgreSQL only: SQLite admits one writing transaction to the whole database at a time, so two writers of
    // the feed cannot overlap there at all.
    [Theory, ProviderData(DatabaseProvider.Postgres)]
    public async Task HouseholdChanges_WhileAnEarlierWriterIsUncommitted_ShowNeitherThenBothInCommitOrder(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        Task<IReadOnlyList<Household>>? later = null;
        long earlierId = 0;

        await api.ChangeAsync(Clock, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var earlier = SampleData.Household();
            db.Households.Add(earlier);
            // Reserves the earlier writer's sequence, which holds the feed counter until the commit below.
            await db.SaveChangesAsync();
            earlierId = earlier.Id;
            later = api.AddAsync(SampleData.Household(SampleData.OtherVillageCode));

            var finished = await Task.WhenAny(later, Task.Delay(TimeSpan.FromSeconds(1)));
            var during = DataOf(await api.ExecuteAsync("{ householdChanges { changes { entityId } } }"))
                .GetProperty("householdChanges").GetProperty("changes");

            Assert.NotSame(later, finished);
            Assert.Empty(during.EnumerateArray());
            await transaction.CommitAsync();
        });
        var laterId = (await later!)[0].Id;

        var changes = DataOf(await api.ExecuteAsync("{ householdChanges { changes { entityId } } }"))
            .GetProperty("householdChanges").GetProperty("changes").EnumerateArray()
            .Select(c => c.GetProperty("entityId").GetString()!).ToList();
        Assert.Equal(new[] { HouseholdId(earlierId), HouseholdId(laterId) }, changes);
    }

    private static string HouseholdId(long key) => GlobalId.Encode(HouseholdGraphType.Name, key);

    private static List<string> Lines(Dictionary<string, string> copy) =>
        copy.Select(entry => entry.Key + "=" + entry.Value).Order(StringComparer.Ordinal).ToList();

    /// <summary>The households and members in the database within <paramref name="area"/>, in the copy's form.</summary>
    private static async Task<(Dictionary<string, string> Households, Dictionary<string, string> Members)> DatabaseStateAsync(
        ApiTestContext api, CallerArea area)
    {
        var households = new Dictionary<string, string>();
        var members = new Dictionary<string, string>();
        await api.ChangeAsync(Clock, async db =>
        {
            foreach (var h in await area.Apply(db.Households.AsNoTracking(), h => h.VillageCode).ToListAsync())
            {
                households[HouseholdId(h.Id)] = string.Join('|', h.HouseholdCode ?? "null",
                    HubEnumTypes.HouseholdGroup.Serialize(h.Group), h.VillageCode, HubEnumTypes.HouseholdStatus.Serialize(h.Status),
                    h.ExitedOn is { } day ? DateScalar.Instance.Serialize(day) : "null");
            }

            foreach (var m in await area.Apply(db.Members.AsNoTracking(), m => m.Household!.VillageCode).ToListAsync())
            {
                members[GlobalId.Encode(MemberGraphType.Name, m.Id)] = string.Join('|', HouseholdId(m.HouseholdId), m.FirstNameTh, m.LastNameTh);
            }
        });
        return (households, members);
    }
}
