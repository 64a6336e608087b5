using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

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
            $"{{ households(after: \"{KeysetCursor.Encode(added[0].Id)}\") {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}")).GetProperty("households");

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

        await api.ExecuteAsync($"{{ households(first: 1, after: \"{KeysetCursor.Encode(added[0].Id)}\") {{ nodes {{ id }} }} }}");

        var sql = Assert.Single(api.Sql.Commands);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("> @", sql, StringComparison.Ordinal);
    }
}
