using System.Text.Json;
using IntegrationHub.Api.Auditing;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Queries;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Audit;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.Policies;
using static IntegrationHub.Api.Tests.Support.Responses;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Api.Tests.Auditing;

public sealed class AuditQueryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_NoFilter_PagesInSequenceOrderWithCursors(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await StoreAsync(api, Chain(5));

        var first = DataOf(await api.ExecuteAsync("{ auditEvents(first: 2) { nodes { sequence } pageInfo { hasNextPage endCursor } } }")).GetProperty("auditEvents");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = DataOf(await api.ExecuteAsync("query($after: String) { auditEvents(first: 10, after: $after) { nodes { sequence } pageInfo { hasNextPage } } }",
            new Dictionary<string, object?> { ["after"] = cursor })).GetProperty("auditEvents");

        Assert.Equal([1, 2], Sequences(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([3, 4, 5], Sequences(rest));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_Node_ReadsEveryFieldFromTheStoredEvent(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var chain = Chain(2);
        await StoreAsync(api, chain);

        var node = DataOf(await api.ExecuteAsync("""
            { auditEvents(where: { agency: "dsdw" }) { edges { cursor node {
                id sequence occurredAt clientId agency mouId purpose policyVersion operationName operationType documentHash
                outcome requestId tokenId hubInstance fields { coordinate decision valueCount } households members
                changes { entity id action } hash previousHash } } } }
            """)).GetProperty("auditEvents").GetProperty("edges")[0].GetProperty("node");

        var expected = chain[1];
        Assert.Equal(expected.EventId.ToString("D"), node.GetProperty("id").GetString());
        Assert.Equal(2, node.GetProperty("sequence").GetInt64());
        Assert.Equal("2026-11-21T02:02:00Z", node.GetProperty("occurredAt").GetString());
        Assert.Equal(("dsdw-welfare", "dsdw", "MOU-2568-021", "welfare-check"),
            (node.GetProperty("clientId").GetString(), node.GetProperty("agency").GetString(), node.GetProperty("mouId").GetString(), node.GetProperty("purpose").GetString()));
        Assert.Equal(["Household.address:GRANTED:1", "Member.nationalId:MASKED:4"],
            node.GetProperty("fields").EnumerateArray().Select(f => $"{f.GetProperty("coordinate").GetString()}:{f.GetProperty("decision").GetString()}:{f.GetProperty("valueCount").GetInt64()}"));
        Assert.Equal([GlobalId.Encode("Household", 2)], node.GetProperty("households").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal([GlobalId.Encode("Member", 20), GlobalId.Encode("Member", 21)], node.GetProperty("members").EnumerateArray().Select(m => m.GetString()).Order());
        Assert.Equal(0, node.GetProperty("changes").GetArrayLength());
        Assert.Equal((expected.Hash, expected.PreviousHash), (node.GetProperty("hash").GetString(), node.GetProperty("previousHash").GetString()));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_ByHousehold_OnlyTheRequestsThatReturnedIt(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await StoreAsync(api, Chain(6));

        var response = await api.ExecuteAsync("query($id: ID) { auditEvents(where: { householdId: $id }) { nodes { sequence households } } }",
            new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Household", 3) });

        // Every third event (3, 6) read household 3; no other did.
        Assert.Equal([3, 6], Sequences(DataOf(response).GetProperty("auditEvents")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_ByMemberCoordinateAndDecision_EveryConditionHolds(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await StoreAsync(api, Chain(6));

        var byMember = await api.ExecuteAsync($"{{ auditEvents(where: {{ memberId: \"{GlobalId.Encode("Member", 41)}\" }}) {{ nodes {{ sequence }} }} }}");
        var deniedNationalId = await api.ExecuteAsync("{ auditEvents(where: { coordinate: \"Member.nationalId\", decision: DENIED }) { nodes { sequence } } }");
        var masked = await api.ExecuteAsync("{ auditEvents(where: { decision: MASKED, agency: \"dsdw\" }) { nodes { sequence } } }");

        Assert.Equal([4], Sequences(DataOf(byMember).GetProperty("auditEvents")));
        Assert.Equal([1, 3, 5], Sequences(DataOf(deniedNationalId).GetProperty("auditEvents")));
        Assert.Equal([2, 4, 6], Sequences(DataOf(masked).GetProperty("auditEvents")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_ByClientAndTimeRange_FromInclusiveToExclusive(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await StoreAsync(api, Chain(6));

        var response = await api.ExecuteAsync(
            "{ auditEvents(where: { clientId: \"codi-housing\", from: \"2026-11-21T09:03:00+07:00\", to: \"2026-11-21T02:05:00Z\" }) { nodes { sequence } } }");

        Assert.Equal([3], Sequences(DataOf(response).GetProperty("auditEvents")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_IdOfAnotherType_FailsAsInvalidId(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync($"{{ auditEvents(where: {{ householdId: \"{GlobalId.Encode("Member", 1)}\" }}) {{ nodes {{ sequence }} }} }}");

        Assert.Equal(GlobalId.InvalidIdCode, response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task AuditEvents_StoredFormUnreadable_FailsNamingTheEventRatherThanGuessing(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var row = AuditEventRow.From(Chain(1)[0]);
        row.CanonicalForm = row.CanonicalForm.Replace("\"v\":1", "\"v\":9", StringComparison.Ordinal);
        await api.AddAsync(row);

        var response = await api.ExecuteAsync("{ auditEvents { nodes { sequence } } }");

        var error = response.GetProperty("errors")[0];
        Assert.Equal(AuditEventPage.UnreadableEventCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Audit event 1 cannot be read back", error.GetProperty("message").GetString());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task VerifyAuditChain_IntactLog_IsValid(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await StoreAsync(api, Chain(4));

        var whole = DataOf(await api.ExecuteAsync("{ verifyAuditChain { valid checkedCount firstBadSequence problem } }")).GetProperty("verifyAuditChain");
        var part = DataOf(await api.ExecuteAsync("{ verifyAuditChain(from: 2, to: 3) { valid checkedCount } }")).GetProperty("verifyAuditChain");

        Assert.Equal("""{"valid":true,"checkedCount":4,"firstBadSequence":null,"problem":null}""", whole.GetRawText());
        Assert.Equal("""{"valid":true,"checkedCount":2}""", part.GetRawText());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task VerifyAuditChain_ForgedEvent_NamesItsSequence(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var chain = Chain(4).ToList();
        // Event 3 as a forger would write it: another purpose, the old hashes kept.
        var forged = chain[2].Event with { Purpose = "curiosity" };
        chain[2] = chain[2] with { Event = forged };
        await StoreAsync(api, chain);

        var report = DataOf(await api.ExecuteAsync("{ verifyAuditChain { valid checkedCount firstBadSequence problem } }")).GetProperty("verifyAuditChain");

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal((2, 3), (report.GetProperty("checkedCount").GetInt32(), report.GetProperty("firstBadSequence").GetInt32()));
        Assert.Contains("altered", report.GetProperty("problem").GetString());
    }

    [Theory]
    [InlineData("from: 0")]
    [InlineData("from: 5, to: 4")]
    [InlineData("from: 1, to: 100001")]
    [InlineData("from: 3000000001, to: 3000000000")]
    public async Task VerifyAuditChain_BadRange_FailsNamingTheRange(string range)
    {
        await using var api = await ApiTestContext.CreateAsync(Sqlite);

        var response = await api.ExecuteAsync($"{{ verifyAuditChain({range}) {{ valid }} }}");

        var error = response.GetProperty("errors")[0];
        Assert.Equal(AuditQueries.InvalidRangeCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("range from", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AuditEvents_SubjectCondition_IsAnIndexSeekNotALogScan()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Sqlite);
        await using var db = database.CreateContext();
        var filter = AuditEventFilter.None with { HouseholdKey = 3, Coordinate = "Member.nationalId" };
        var sql = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToQueryString(
            filter.Apply(db).Where(e => e.Sequence > 0).OrderBy(e => e.Sequence).Take(51));

        var plan = await QueryPlanAsync(database, sql);

        Assert.Contains(plan, step => step.Contains("IX_audit_subjects_subject_kind_subject_id_sequence", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("IX_audit_fields_coordinate_sequence", StringComparison.Ordinal));
        Assert.True(!plan.Any(step => step.StartsWith("SCAN", StringComparison.Ordinal)), string.Join('\n', plan));
    }

    /// <summary><paramref name="count"/> sealed events: odd ones by CODI (nationalId denied), even ones by DSDW
    /// (masked), one minute apart from 02:01Z; event n read household n mod 3 (3 when 0) and members 10n, 10n+1.</summary>
    private static IReadOnlyList<SealedAuditEvent> Chain(int count)
    {
        var chain = new List<SealedAuditEvent>();
        for (var n = 1; n <= count; n++)
        {
            var odd = n % 2 == 1;
            var household = n % 3 == 0 ? 3 : n % 3;
            var auditEvent = new AuditEvent
            {
                OccurredAt = Start.AddMinutes(n),
                RequestId = $"req-{n}",
                HubInstance = "hub-a",
                ClientId = odd ? "codi-housing" : "dsdw-welfare",
                AgencyCode = odd ? "codi" : "dsdw",
                MouId = odd ? "MOU-2568-014" : "MOU-2568-021",
                Purpose = odd ? "housing-repair" : "welfare-check",
                TokenId = $"jti-{n}",
                OperationName = "Households",
                OperationType = "query",
                DocumentHash = "sha256:" + new string('a', 64),
                PolicyVersion = "sha256:" + new string('b', 64),
                Fields =
                [
                    new AuditedField("Member.nationalId", odd ? FieldDecision.Denied : FieldDecision.Masked, odd ? 0 : 2 * n),
                    new AuditedField("Household.address", FieldDecision.Granted, 1),
                ],
                Subjects = [new AuditSubject("Household", $"{household}"), new AuditSubject("Member", $"{10 * n}"), new AuditSubject("Member", $"{10 * n + 1}")],
                Outcome = "success",
            };
            chain.Add(AuditChain.Seal(chain.LastOrDefault(), Guid.CreateVersion7(auditEvent.OccurredAt), auditEvent));
        }

        return chain;
    }

    private static Task StoreAsync(ApiTestContext api, IEnumerable<SealedAuditEvent> events) =>
        api.AddAsync([.. events.Select(AuditEventRow.From)]);

    private static IEnumerable<long> Sequences(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("sequence").GetInt64());

    private static async Task<List<string>> QueryPlanAsync(TestDatabase database, string sql)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // ToQueryString declares parameters as sqlite3 shell ".param set" lines; unbound, they plan alike.
        command.CommandText = "EXPLAIN QUERY PLAN\n" + string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
