using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Tests.Queries;

public sealed class HouseholdsPagingTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_PagedByTwo_VisitsEveryHouseholdOnceInKeyOrder(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var added = await api.AddAsync([.. Enumerable.Range(0, 5).Select(_ => SampleData.Household())]);
        var expected = added.Select(h => GlobalId.Encode("Household", h.Id)).ToList();

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        bool hasNextPage;
        do
        {
            var connection = DataOf(await api.ExecuteAsync(
                "query($after: String) { households(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }",
                new Dictionary<string, object?> { ["after"] = after })).GetProperty("households");
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            seen.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            Assert.Equal(5, connection.GetProperty("totalCount").GetInt32());
            var pageInfo = connection.GetProperty("pageInfo");
            hasNextPage = pageInfo.GetProperty("hasNextPage").GetBoolean();
            after = pageInfo.GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
            pages++;
        }
        while (hasNextPage);

        Assert.Equal(expected, seen);
        Assert.Equal(3, pages);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_AfterLastCursor_IsEmptyWithNullEndCursor(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var added = await api.AddAsync(SampleData.Household());

        var connection = DataOf(await api.ExecuteAsync(
            $"{{ households(after: \"{Cursor(added[0].Id)}\") {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}")).GetProperty("households");

        Assert.Empty(connection.GetProperty("nodes").EnumerateArray());
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, connection.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_Filters_KeepOnlyMatchingHouseholdsAndCountThem(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var destituteHere = SampleData.Household();
        destituteHere.Group = HouseholdGroup.Destitute;
        var exitedHere = SampleData.Household();
        exitedHere.Exit("moved away", new DateOnly(2026, 1, 15));
        var verifiedElsewhere = SampleData.Household(SampleData.OtherVillageCode);
        verifiedElsewhere.VerificationStatus = VerificationStatus.Verified;
        await api.AddAsync(destituteHere, exitedHere, verifiedElsewhere);

        async Task<List<string>> IdsAsync(string where)
        {
            var connection = DataOf(await api.ExecuteAsync($"{{ households(where: {where}) {{ nodes {{ id }} totalCount }} }}")).GetProperty("households");
            var ids = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
            Assert.Equal(ids.Count, connection.GetProperty("totalCount").GetInt32());
            return ids;
        }

        string Id(Household h) => GlobalId.Encode("Household", h.Id);
        Assert.Equal([Id(destituteHere), Id(exitedHere)], await IdsAsync("{ areaCode: \"1001\" }"));
        Assert.Equal([Id(verifiedElsewhere)], await IdsAsync("{ areaCode: \"10020101\" }"));
        Assert.Equal(3, (await IdsAsync("{ areaCode: \"10\" }")).Count);
        Assert.Equal([Id(destituteHere)], await IdsAsync("{ group: DESTITUTE }"));
        Assert.Equal([Id(exitedHere)], await IdsAsync("{ status: EXITED }"));
        Assert.Equal([Id(verifiedElsewhere)], await IdsAsync("{ verificationStatus: VERIFIED }"));
        Assert.Empty(await IdsAsync("{ areaCode: \"1002\", group: DESTITUTE }"));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_UpdatedSince_KeepsRecordsChangedAtOrAfterTheInstant(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await api.AddAsync(new FixedClock(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero)), SampleData.Household());
        var later = await api.AddAsync(new FixedClock(new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero)), SampleData.Household());

        async Task<int> CountAsync(string since) =>
            DataOf(await api.ExecuteAsync($"{{ households(where: {{ updatedSince: \"{since}\" }}) {{ totalCount }} }}"))
                .GetProperty("households").GetProperty("totalCount").GetInt32();

        Assert.Equal(2, await CountAsync("2026-01-10T09:00:00Z"));
        Assert.Equal(1, await CountAsync("2026-01-10T09:00:00.001Z"));
        Assert.Equal(1, await CountAsync("2026-01-10T17:00:00+07:00"));
        Assert.Equal(0, await CountAsync("2026-01-10T10:00:01Z"));
        var ids = DataOf(await api.ExecuteAsync("{ households(where: { updatedSince: \"2026-01-10T10:00:00Z\" }) { nodes { id } } }"))
            .GetProperty("households").GetProperty("nodes");
        Assert.Equal(GlobalId.Encode("Household", later[0].Id), ids[0].GetProperty("id").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_FirstAboveMaximum_FailsWithoutQuerying(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync($"{{ households(first: {PageSize.Maximum + 1}) {{ totalCount }} }}");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("households").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(PageSize.InvalidPageSizeCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(api.Sql.Commands);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_ForgedCursor_FailsAsInvalidCursor(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync("{ households(after: \"J09SIDE9MQ==\") { totalCount } }");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(KeysetCursor.InvalidCursorCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(api.Sql.Commands);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_PageSql_UsesKeysetNotOffset(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var added = await api.AddAsync(SampleData.Household(), SampleData.Household());

        await api.ExecuteAsync($"{{ households(first: 1, after: \"{Cursor(added[0].Id)}\") {{ nodes {{ id }} }} }}");

        var sql = Assert.Single(api.Sql.Commands);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("> @", sql, StringComparison.Ordinal);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_InsertsUpdatesAndDeletesBetweenPages_EveryHouseholdPresentThroughoutSeenOnce(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        // Interleaved over two villages, so that ordering by area code differs from key order.
        var initial = (await api.AddAsync(clock, [.. Enumerable.Range(0, 8).Select(i => SampleData.Household(i % 2 == 0 ? SampleData.VillageCode : SampleData.OtherVillageCode))])).ToList();
        IReadOnlyList<Household> inserted = [];
        var seen = new List<long>();
        var page = 0;
        string? after = null;
        bool hasNextPage;
        do
        {
            var connection = DataOf(await api.ExecuteAsync(
                "query($after: String) { households(first: 3, after: $after, orderBy: [{ field: AREA_CODE, direction: DESC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["after"] = after })).GetProperty("households");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => GlobalId.DecodeKey(n.GetProperty("id").GetString()!, "Household")));
            hasNextPage = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();

            if (page++ == 0)
            {
                // After the first page (the other village's, keys descending): a household added on each side of
                // the cursor, households changed on both sides, and the household the cursor points at removed.
                clock.Now = clock.Now.AddMinutes(1);
                inserted = await api.AddAsync(clock, SampleData.Household(SampleData.VillageCode), SampleData.Household(SampleData.OtherVillageCode));
                var cursorRow = seen[^1];
                await api.ChangeAsync(clock, async db =>
                {
                    foreach (var household in await db.Households.Where(h => h.Id == initial[0].Id || h.Id == initial[7].Id).ToListAsync())
                    {
                        household.Group = HouseholdGroup.Destitute;
                    }

                    db.Households.Remove(await db.Households.SingleAsync(h => h.Id == cursorRow));
                });
            }
        }
        while (hasNextPage);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(initial, h => Assert.Contains(h.Id, seen));
        // Added after the cursor's position: on a later page. Added before it: not on any.
        Assert.Contains(inserted[0].Id, seen);
        Assert.DoesNotContain(inserted[1].Id, seen);
        Assert.Equal(9, seen.Count);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Households_ByUpdatedAt_AHouseholdChangedWhilePagingComesAgainAtItsNewPlace(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var households = new List<Household>();
        for (var i = 0; i < 4; i++)
        {
            clock.Now = clock.Now.AddMinutes(1);
            households.AddRange(await api.AddAsync(clock, SampleData.Household()));
        }

        const string Query = "query($after: String) { households(first: 2, after: $after, orderBy: [{ field: UPDATED_AT }]) { nodes { id } pageInfo { endCursor } } }";
        var first = DataOf(await api.ExecuteAsync(Query)).GetProperty("households");
        clock.Now = clock.Now.AddMinutes(1);
        await api.ChangeAsync(clock, async db => (await db.Households.SingleAsync(h => h.Id == households[0].Id)).Group = HouseholdGroup.Destitute);
        var second = DataOf(await api.ExecuteAsync(Query, new Dictionary<string, object?>
        {
            ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString(),
        })).GetProperty("households");

        // What incremental synchronisation wants: the change is delivered, after the households not yet read.
        var ids = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(n => GlobalId.DecodeKey(n.GetProperty("id").GetString()!, "Household"));
        Assert.Equal([households[0].Id, households[1].Id, households[2].Id, households[3].Id], ids);
        var third = DataOf(await api.ExecuteAsync(Query, new Dictionary<string, object?>
        {
            ["after"] = second.GetProperty("pageInfo").GetProperty("endCursor").GetString(),
        })).GetProperty("households");
        Assert.Equal(households[0].Id, GlobalId.DecodeKey(Assert.Single(third.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString()!, "Household"));
    }

    private static string Cursor(long id) => new KeysetCursor(HouseholdOrder.Default.Signature, [], id).Encode();
}
