using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.Audit;
using IntegrationHub.Commands;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.Policies;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Tests.Commands;

/// <summary><c>audit verify</c> and <c>audit export</c> on a SQLite hub database holding five events committed
/// through the audit store (the store's tests cover PostgreSQL too).</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub_audit_{Guid.NewGuid():N}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    public async Task InitializeAsync()
    {
        var (exitCode, _, error) = await InvokeAsync("db", "migrate", "--connection-string", ConnectionString);
        Assert.True(exitCode == 0, error);
        await using var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<HubDbContext>(db => HubDataRegistration.UseProvider(db, DatabaseProvider.Sqlite, ConnectionString))
            .AddHubAuditStore()
            .BuildServiceProvider();
        var writer = services.GetRequiredService<GroupCommitAuditWriter>();
        for (var n = 1; n <= 5; n++)
        {
            await writer.AppendAsync(Event(n));
        }
    }

    public Task DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task AuditVerify_IntactLog_ExitsZeroNamingTheHead()
    {
        var (exitCode, output, error) = await InvokeAsync("audit", "verify", "--connection-string", ConnectionString);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Equal("The audit chain is intact: 5 event(s) checked from sequence 1; the log's head is sequence 5.\n", output);
    }

    [Theory]
    [InlineData("edited", "UPDATE audit_events SET canonical_form = replace(canonical_form, 'req-3', 'req-x'), request_id = 'req-x' WHERE sequence = 3", 3)]
    [InlineData("deleted", "DELETE FROM audit_subjects WHERE sequence = 3; DELETE FROM audit_fields WHERE sequence = 3; DELETE FROM audit_events WHERE sequence = 3", 3)]
    [InlineData("reordered", """
        CREATE TABLE swap AS SELECT * FROM audit_events WHERE sequence IN (2, 4);
        UPDATE audit_events SET (canonical_form, previous_hash, hash, request_id) =
            (SELECT canonical_form, previous_hash, hash, request_id FROM swap WHERE swap.sequence = 6 - audit_events.sequence)
        WHERE sequence IN (2, 4);
        """, 2)]
    public async Task AuditVerify_TamperedRow_ExitsTwoNamingTheFirstBadSequence(string tampering, string sql, long firstBad)
    {
        await TamperAsync(sql);

        var (exitCode, output, error) = await InvokeAsync("audit", "verify", "--connection-string", ConnectionString);

        Assert.True(exitCode == AuditCommand.ChainBrokenExitCode, $"{tampering}: exit code {exitCode}, {error}");
        Assert.Equal("", output);
        Assert.StartsWith($"audit verify: the chain is broken at sequence {firstBad}: ", error);
    }

    [Fact]
    public async Task AuditVerify_RangeEndingBeforeTheTampering_IsIntact()
    {
        await TamperAsync("UPDATE audit_events SET request_id = 'req-x' WHERE sequence = 5");

        var (exitCode, output, _) = await InvokeAsync("audit", "verify", "--from", "2", "--to", "4", "--connection-string", ConnectionString);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("The audit chain is intact: 3 event(s) checked from sequence 2;", output);
    }

    [Theory]
    [InlineData("--from", "0")]
    [InlineData("--to", "-3")]
    public async Task AuditVerify_SequenceBelowOne_IsRefusedNamingTheOption(string option, string value)
    {
        var (exitCode, _, error) = await InvokeAsync("audit", "verify", option, value, "--connection-string", ConnectionString);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{option} must be a sequence, 1 or more, not {value}.", error);
    }

    [Fact]
    public async Task AuditExport_Ndjson_EveryLineRehashesToItsStoredHash()
    {
        var file = _path + ".ndjson";
        try
        {
            var (exitCode, output, error) = await InvokeAsync("audit", "export", "--format", "ndjson", "--out", file, "--connection-string", ConnectionString);

            Assert.Equal(0, exitCode);
            Assert.Equal($"Exported 5 audit event(s) to {file}.\n", output);
            Assert.EndsWith("audit export: 100% 5 of 5 events\n", error);
            var lines = await File.ReadAllLinesAsync(file);
            Assert.Equal(5, lines.Length);
            var previous = AuditChain.GenesisHash;
            foreach (var (line, index) in lines.Select((line, index) => (line, index)))
            {
                using var record = JsonDocument.Parse(line);
                var sequence = record.RootElement.GetProperty("sequence").GetInt64();
                Assert.Equal(index + 1, sequence);
                Assert.Equal(previous, record.RootElement.GetProperty("previousHash").GetString());
                // The archive alone verifies: SHA-256 over "sequence\npreviousHash\n" and the embedded event's bytes.
                var hashed = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sequence}\n{previous}\n"))
                    .Concat(Encoding.UTF8.GetBytes(record.RootElement.GetProperty("event").GetRawText())).ToArray();
                previous = record.RootElement.GetProperty("hash").GetString()!;
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(hashed)), previous);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AuditExport_CsvRange_HeaderThenOneRecordPerEvent()
    {
        var file = _path + ".csv";
        try
        {
            var (exitCode, output, _) = await InvokeAsync("audit", "export", "--format", "csv", "--from", "2", "--to", "3", "--out", file, "--connection-string", ConnectionString);

            Assert.Equal(0, exitCode);
            Assert.Equal($"Exported 2 audit event(s) to {file}.\n", output);
            var lines = await File.ReadAllLinesAsync(file);
            Assert.Equal(string.Join(',', AuditExport.CsvColumns), lines[0]);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("2,", lines[1]);
            Assert.StartsWith("3,", lines[2]);
            Assert.Contains("req-3", lines[2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AuditExport_UnwritableFolder_ExitsOneNamingTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "audit.ndjson");

        var (exitCode, _, error) = await InvokeAsync("audit", "export", "--out", file, "--connection-string", ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"audit export: cannot write {file}: ", error);
    }

    private static AuditEvent Event(int n) => new()
    {
        OccurredAt = new DateTimeOffset(2026, 11, 21, 2, n, 0, TimeSpan.Zero),
        RequestId = $"req-{n}",
        HubInstance = "hub-a",
        ClientId = "codi-housing",
        AgencyCode = "codi",
        MouId = "MOU-2568-014",
        Purpose = "housing-repair",
        OperationType = "query",
        DocumentHash = "sha256:" + new string('a', 64),
        PolicyVersion = "sha256:" + new string('b', 64),
        Fields = [new AuditedField("Member.nationalId", FieldDecision.Masked, n)],
        Subjects = [new AuditSubject("Household", $"{n}")],
        Outcome = "success",
    };

    /// <summary>Runs <paramref name="sql"/> as a database owner would: the append-only triggers dropped first.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Concat(new[] { "audit_events", "audit_fields", "audit_subjects" }
            .Select(table => $"DROP TRIGGER {table}_no_update; DROP TRIGGER {table}_no_delete; ")) + sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var root = HubCommandLine.Create(_ => throw new InvalidOperationException("These tests must not start the hub."));
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
