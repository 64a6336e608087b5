using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Data;

/// <summary>Readiness: opens a connection and runs <c>SELECT 1</c>. Unlike a "database exists" check it
/// proves the round trip a request will make, on either provider.</summary>
public sealed class DatabaseReachableCheck(HubDbContext db) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName} answered.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", exception);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
