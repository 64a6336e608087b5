using System.Net;
using System.Text.Json;
using IntegrationHub.Access;
using IntegrationHub.Audit;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Tests.Access;

/// <summary>A mutation's changes commit before its request's audit event can: the event is staged with the
/// changes (the outbox), cleared once the event commits, and recovered into the trail when it never does.</summary>
public sealed class AuditOutboxTests
{
    private const string Development = "--environment=Development";
    private const string Purpose = "case-management";

    private const string CreateReferral = """
        mutation Refer($householdId: ID!) {
          createReferral(input: { householdId: $householdId, dimension: HEALTH, agency: "ptt", programme: "ทุนรักษาพยาบาล" }) { referral { id } }
        }
        """;

    private const string AuditTrail = """
        { auditEvents(where: { clientId: "pso-kalasin-demo" }, first: 500) { nodes { operationType outcome requestId fields { coordinate valueCount } households changes { entity id action } } }
          verifyAuditChain { valid } }
        """;

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Mutation_EventRecordsItsChangeAndNothingStaysStaged(DatabaseProvider provider)
    {
        await using var hub = await HubServer.StartAsync(provider, Development);
        var token = await hub.DemoTokenAsync("pso-kalasin-demo", "household.profile referral.read referral.create");

        using var response = await hub.PostGraphQLAsync(token, Purpose, new { query = CreateReferral, variables = new { householdId = await KalasinHouseholdAsync(hub, token) } });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var referralId = body.RootElement.GetProperty("data").GetProperty("createReferral").GetProperty("referral").GetProperty("id").GetString();
        var mutation = (await AuditedMutationsAsync(hub)).Single();
        Assert.Equal("success", mutation.GetProperty("outcome").GetString());
        Assert.Contains(mutation.GetProperty("changes").EnumerateArray(),
            change => change.GetProperty("entity").GetString() == "Referral" && change.GetProperty("id").GetString() == referralId && change.GetProperty("action").GetString() == "added");
        Assert.Equal(0, await StagedCountAsync(hub));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Mutation_WhenTheAuditStoreFails_ChangeIsStagedThenRecoveredIntoAValidChain(DatabaseProvider provider)
    {
        var store = new SwitchableStore();
        await using var hub = await HubServer.StartAsync(provider, store.Install, Development);
        var token = await hub.DemoTokenAsync("pso-kalasin-demo", "household.profile referral.read referral.create");
        var householdId = await KalasinHouseholdAsync(hub, token);

        store.Failing = true;
        using var response = await hub.PostGraphQLAsync(token, Purpose, new { query = CreateReferral, variables = new { householdId } });
        var text = await response.Content.ReadAsStringAsync();

        // Fail closed: no data, but the referral was created and its record is staged.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("\"referral\"", text);
        Assert.Equal(1, await StagedCountAsync(hub));
        var referralKey = await NewestReferralKeyAsync(hub);

        store.Failing = false;
        var recovery = hub.Services.GetRequiredService<AuditOutboxRecovery>();
        var appended = await recovery.RecoverAsync(DateTimeOffset.MaxValue, CancellationToken.None);
        var again = await recovery.RecoverAsync(DateTimeOffset.MaxValue, CancellationToken.None);

        Assert.Equal((1, 0), (appended, again));
        Assert.Equal(0, await StagedCountAsync(hub));
        var recovered = (await AuditedMutationsAsync(hub)).Single();
        Assert.Equal(AuditOutbox.RecoveredOutcome, recovered.GetProperty("outcome").GetString());
        Assert.Contains(recovered.GetProperty("changes").EnumerateArray(),
            change => change.GetProperty("entity").GetString() == "Referral" && change.GetProperty("action").GetString() == "added"
                && change.GetProperty("id").GetString() == Api.Identity.GlobalId.Encode("Referral", referralKey));
        // No value and no household left with the withheld response.
        Assert.All(recovered.GetProperty("fields").EnumerateArray(), field => Assert.Equal(0, field.GetProperty("valueCount").GetInt64()));
        Assert.Empty(recovered.GetProperty("households").EnumerateArray());
        Assert.True(await ChainValidAsync(hub));
    }

    // The request's event committed but clearing its copy failed: recovery finds the event and only clears the copy.
    [Fact]
    public async Task Recovery_OfACopyWhoseEventIsRecorded_AppendsNothing()
    {
        await using var hub = await HubServer.StartAsync(Development);
        var token = await hub.DemoTokenAsync("pso-kalasin-demo", "household.profile referral.read referral.create");
        using (await hub.PostGraphQLAsync(token, Purpose, new { query = CreateReferral, variables = new { householdId = await KalasinHouseholdAsync(hub, token) } }))
        {
        }

        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var row = await db.Set<AuditEventRow>().AsNoTracking().Where(e => e.OperationType == "mutation").SingleAsync();
            var committed = AuditCanonicalText.Parse(row.CanonicalForm).Event;
            AuditOutbox.Stage(db, Guid.NewGuid(), committed with { Outcome = AuditOutbox.RecoveredOutcome }, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var appended = await hub.Services.GetRequiredService<AuditOutboxRecovery>().RecoverAsync(DateTimeOffset.MaxValue, CancellationToken.None);

        Assert.Equal(0, appended);
        Assert.Equal(0, await StagedCountAsync(hub));
        Assert.Single(await AuditedMutationsAsync(hub));
    }

    private static async Task<string> KalasinHouseholdAsync(HubServer hub, string token)
    {
        using var response = await hub.PostGraphQLAsync(token, Purpose, new { query = "{ households(first: 1) { nodes { id } } }" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("households").GetProperty("nodes")[0].GetProperty("id").GetString()!;
    }

    /// <summary>The mutation events of the Kalasin client, read as the auditor reads them.</summary>
    private static async Task<List<JsonElement>> AuditedMutationsAsync(HubServer hub)
    {
        using var body = await AuditorQueryAsync(hub);
        return [.. body.RootElement.GetProperty("data").GetProperty("auditEvents").GetProperty("nodes").EnumerateArray()
            .Where(e => e.GetProperty("operationType").GetString() == "mutation").Select(e => e.Clone())];
    }

    private static async Task<bool> ChainValidAsync(HubServer hub)
    {
        using var body = await AuditorQueryAsync(hub);
        return body.RootElement.GetProperty("data").GetProperty("verifyAuditChain").GetProperty("valid").GetBoolean();
    }

    private static async Task<JsonDocument> AuditorQueryAsync(HubServer hub)
    {
        var token = await hub.DemoTokenAsync("auditor-demo", "audit.read");
        using var response = await hub.PostGraphQLAsync(token, "access-audit", new { query = AuditTrail });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text);
    }

    private static async Task<int> StagedCountAsync(HubServer hub)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Set<AuditOutboxEntry>().CountAsync();
    }

    private static async Task<long> NewestReferralKeyAsync(HubServer hub)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Referrals.MaxAsync(r => r.Id);
    }

    /// <summary>The hub's real audit store, made to refuse every commit while <see cref="Failing"/>.</summary>
    private sealed class SwitchableStore
    {
        public volatile bool Failing;

        public void Install(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton<IAuditEventStore>(provider =>
                new Store(this, new DatabaseAuditEventStore(provider.GetRequiredService<IServiceScopeFactory>()))));

        private sealed class Store(SwitchableStore owner, IAuditEventStore inner) : IAuditEventStore
        {
            public Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken) => inner.GetHeadAsync(cancellationToken);

            public Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken) => owner.Failing
                ? throw new AuditUnavailableException("The audit database refused the commit (test).")
                : inner.AppendAsync(batch, cancellationToken);
        }
    }
}
