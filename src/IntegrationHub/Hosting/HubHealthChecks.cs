using IntegrationHub.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IntegrationHub.Hosting;

/// <summary>The probes an orchestrator uses: liveness (the process answers) and readiness (it can serve,
/// its database is reachable).</summary>
public static class HubHealthChecks
{
    /// <summary>The liveness path: 200 while the process can answer HTTP at all.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The readiness path: 200 when every readiness check passes, 503 otherwise.</summary>
    public const string ReadinessPath = "/readyz";

    /// <summary>Maps <see cref="LivenessPath"/> (no checks run) and <see cref="ReadinessPath"/> (the checks tagged
    /// <see cref="HubDataRegistration.ReadinessTag"/>).</summary>
    public static WebApplication MapHubHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HubDataRegistration.ReadinessTag),
        });
        return app;
    }
}
