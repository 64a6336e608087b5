using IntegrationHub.Audit;
using IntegrationHub.Data.Audit;
using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.Policies;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Data.Tests.Audit;

/// <summary>A migrated test database with the audit store registered as the hub registers it, and sample events.</summary>
internal sealed class AuditStoreFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuditStoreFixture(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
    }

    public TestDatabase Database { get; }

    public IAuditEventStore Store => _services.GetRequiredService<IAuditEventStore>();

    public GroupCommitAuditWriter Writer => _services.GetRequiredService<GroupCommitAuditWriter>();

    public static async Task<AuditStoreFixture> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        return new AuditStoreFixture(database, Services(provider, database.ConnectionString));
    }

    /// <summary>The hub's registrations of the data layer and the audit store, on <paramref name="connectionString"/>.</summary>
    public static ServiceProvider Services(DatabaseProvider provider, string connectionString) => new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddDbContext<HubDbContext>(db => HubDataRegistration.UseProvider(db, provider, connectionString))
        .AddHubAuditStore()
        .BuildServiceProvider();

    /// <summary>Appends events 1 to <paramref name="count"/> through the writer, one commit each.</summary>
    public async Task<IReadOnlyList<AuditReceipt>> AppendAsync(int count)
    {
        var receipts = new List<AuditReceipt>();
        for (var n = 1; n <= count; n++)
        {
            receipts.Add(await Writer.AppendAsync(Event(n)));
        }

        return receipts;
    }

    /// <summary>Verifies the stored chain as <c>audit verify</c> does.</summary>
    public async Task<AuditChainReport> VerifyAsync(long from = 1, long? to = null)
    {
        await using var db = Database.CreateContext();
        return await new AuditLog(db).VerifyAsync(from, to, CancellationToken.None);
    }

    /// <summary>Drops the append-only triggers, as a database owner could, so that a test can tamper with rows.</summary>
    public Task DropAppendOnlyTriggersAsync() => Database.ExecuteAsync(Database.Provider == DatabaseProvider.Sqlite
        ? string.Concat(new[] { "audit_events", "audit_fields", "audit_subjects" }
            .SelectMany(table => new[] { $"DROP TRIGGER {table}_no_update;", $"DROP TRIGGER {table}_no_delete;" }))
        : string.Concat(new[] { "audit_events", "audit_fields", "audit_subjects" }
            .Select(table => $"DROP TRIGGER {table}_append_only ON {table};")));

    public static AuditEvent Event(int n, string purpose = "housing-repair") => new()
    {
        OccurredAt = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromHours(7)).AddSeconds(n),
        RequestId = $"req-{n}",
        HubInstance = "hub-a",
        ClientId = n % 2 == 0 ? "dsdw-welfare" : "codi-housing",
        AgencyCode = n % 2 == 0 ? "dsdw" : "codi",
        MouId = "MOU-2568-014",
        Purpose = purpose,
        TokenId = $"jti-{n}",
        OperationName = "HousingCandidates",
        OperationType = "query",
        DocumentHash = "sha256:" + new string('a', 64),
        PolicyVersion = "sha256:" + new string('b', 64),
        Fields =
        [
            new AuditedField("Member.nationalId", FieldDecision.Masked, n),
            new AuditedField("Household.address", FieldDecision.Granted, 2),
        ],
        Subjects = [new AuditSubject("Household", $"{n}"), new AuditSubject("Member", $"{100 + n}")],
        Outcome = "success",
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
