using IntegrationHub.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Data.Audit;

/// <summary>Registers the durable audit store with the host.</summary>
public static class AuditStoreRegistration
{
    /// <summary>Adds the database audit store (<see cref="DatabaseAuditEventStore"/>) and the one
    /// <see cref="GroupCommitAuditWriter"/> that seals the chain over it, both singletons, and <see cref="AuditLog"/>
    /// (scoped) for verification and export. Needs the data layer's <see cref="HubDbContext"/> registration: each
    /// batch runs in a service scope of its own, on a context of its own.</summary>
    public static IServiceCollection AddHubAuditStore(this IServiceCollection services)
    {
        services.AddSingleton<IAuditEventStore, DatabaseAuditEventStore>();
        services.AddSingleton(provider => new GroupCommitAuditWriter(provider.GetRequiredService<IAuditEventStore>()));
        services.AddScoped<AuditLog>();
        return services;
    }
}
