using System.Data.Common;
using IntegrationHub.Audit;
using IntegrationHub.Data.Audit;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Audit;

public sealed class DatabaseAuditEventStoreTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Append_ThreeEvents_ReadBackAsSealedAndTheChainVerifies(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);

        var receipts = await audit.AppendAsync(3);

        var head = await audit.Store.GetHeadAsync(CancellationToken.None);
        Assert.Equal(receipts[^1], head!.Receipt);
        Assert.Equal(AuditCanonicalForm.Of(head.EventId, AuditStoreFixture.Event(3)), AuditCanonicalForm.Of(head.EventId, head.Event));
        await using var db = audit.Database.CreateContext();
        var rows = await new AuditLog(db).ReadAsync(1, null, CancellationToken.None).ToListAsync();
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence));
        Assert.Equal(["Household:2", "Member:102"], rows[1].Subjects.Select(s => $"{s.SubjectKind}:{s.SubjectId}"));
        Assert.Equal(["Member.nationalId:Masked:2", "Household.address:Granted:2"], rows[1].Fields.Select(f => $"{f.Coordinate}:{f.Decision}:{f.ValueCount}"));
        Assert.Equal(new AuditChainReport(3, null, null), await audit.VerifyAsync());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Append_InstantWithTicksBelowAMicrosecond_StillVerifies(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);
        // The hub stamps events with TimeProvider's 100 ns ticks; PostgreSQL stores microseconds.
        var auditEvent = AuditStoreFixture.Event(1) with { OccurredAt = new DateTimeOffset(639_000_000_001_234_567, TimeSpan.Zero) };

        await audit.Writer.AppendAsync(auditEvent);

        Assert.Equal(new AuditChainReport(1, null, null), await audit.VerifyAsync());
        var head = await audit.Store.GetHeadAsync(CancellationToken.None);
        Assert.Equal(auditEvent.OccurredAt, head!.Event.OccurredAt);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task GetHead_EmptyLog_IsNull(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);

        Assert.Null(await audit.Store.GetHeadAsync(CancellationToken.None));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Append_200ConcurrentThroughTheWriter_GapFreeValidChainInFewerCommits(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);

        var receipts = await Task.WhenAll(Enumerable.Range(1, 200).Select(n => Task.Run(() => audit.Writer.AppendAsync(AuditStoreFixture.Event(n)))));

        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), receipts.Select(r => r.Sequence).Order());
        Assert.Equal(200L, Convert.ToInt64(await audit.Database.ScalarAsync("SELECT count(*) FROM audit_events")));
        Assert.Equal(200L, Convert.ToInt64(await audit.Database.ScalarAsync("SELECT max(sequence) FROM audit_events")));
        Assert.Equal(new AuditChainReport(200, null, null), await audit.VerifyAsync());
        Assert.True(audit.Writer.Commits < 200, $"{audit.Writer.Commits} commits for 200 events: no grouping happened");
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Append_BatchAfterAStaleHead_IsRefusedWholeAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);
        await audit.AppendAsync(2);
        // A second sealer that still believes the log is empty: events 1 and 2 of its own.
        var first = AuditChain.Seal(null, Guid.NewGuid(), AuditStoreFixture.Event(1));
        var stale = new[] { first, AuditChain.Seal(first, Guid.NewGuid(), AuditStoreFixture.Event(2)) };

        var error = await Assert.ThrowsAsync<AuditUnavailableException>(() => audit.Store.AppendAsync(stale, CancellationToken.None));

        Assert.Contains("another writer appended", error.Message);
        Assert.Equal(2L, Convert.ToInt64(await audit.Database.ScalarAsync("SELECT count(*) FROM audit_events")));
        Assert.True((await audit.VerifyAsync()).IsValid);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Append_BatchLeavingAGap_IsRefused(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);
        await audit.AppendAsync(1);
        var head = await audit.Store.GetHeadAsync(CancellationToken.None);
        var skipped = AuditChain.Seal(head, Guid.NewGuid(), AuditStoreFixture.Event(2));
        var afterGap = AuditChain.Seal(skipped, Guid.NewGuid(), AuditStoreFixture.Event(3));

        await Assert.ThrowsAsync<AuditUnavailableException>(() => audit.Store.AppendAsync([afterGap], CancellationToken.None));

        Assert.Equal(1L, Convert.ToInt64(await audit.Database.ScalarAsync("SELECT count(*) FROM audit_events")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Append_DatabaseUnavailable_WriterFailsClosedWithAuditUnavailable(DatabaseProvider provider)
    {
        var unreachable = provider == Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "hub.db") }.ToString()
            : new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString()) { Host = "127.0.0.1", Port = 1, Timeout = 2 }.ToString();
        await using var services = AuditStoreFixture.Services(provider, unreachable);
        var writer = services.GetRequiredService<GroupCommitAuditWriter>();

        var error = await Assert.ThrowsAsync<AuditUnavailableException>(() => writer.AppendAsync(AuditStoreFixture.Event(1)));

        Assert.Contains("audit store", error.Message);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Sql_UpdateOrDeleteOfAuditRows_IsRefusedByTheTriggers(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);
        await audit.AppendAsync(1);

        foreach (var sql in new[]
        {
            "UPDATE audit_events SET purpose = 'other' WHERE sequence = 1",
            "DELETE FROM audit_events WHERE sequence = 1",
            "UPDATE audit_subjects SET subject_id = '9' WHERE sequence = 1",
            "DELETE FROM audit_subjects",
            "UPDATE audit_fields SET value_count = 0",
            "DELETE FROM audit_fields",
        })
        {
            var error = await Assert.ThrowsAnyAsync<DbException>(() => audit.Database.ExecuteAsync(sql));
            Assert.Contains("append-only", error.Message);
        }

        Assert.True((await audit.VerifyAsync()).IsValid);
    }
}
