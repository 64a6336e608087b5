using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Data.Migrations;

/// <summary>Readiness: the hub serves data only once its schema is current, so an instance whose database came up
/// late is kept out of the load balancer until start-up migration has caught up.</summary>
public sealed class MigrationsAppliedCheck(MigrationState state) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsCurrent
            ? HealthCheckResult.Healthy("The database schema is current.")
            : HealthCheckResult.Unhealthy("The database schema has not been migrated yet."));
}
