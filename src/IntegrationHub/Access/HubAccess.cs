using IntegrationHub.Access.TokenState;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Clients;
using IntegrationHub.Identity.Grants;
using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>Registers who may call the hub: the policy set in force (loaded and validated at start-up, so an
/// invalid set stops the hub, and reloaded when its files change), and the token server and token validation
/// bound to it, with their state (used assertions, revoked tokens) in the hub's database.</summary>
public static class HubAccess
{
    /// <summary>Loads the policy set and registers the token server and validation over it.</summary>
    /// <exception cref="InvalidPolicySetException">The policy files are invalid; the hub must not start.</exception>
    public static IHostApplicationBuilder AddHubAccess(this IHostApplicationBuilder builder)
    {
        var folder = PolicyFolder.Locate(builder.Configuration[PolicyFolder.ConfigurationKey], builder.Environment.ContentRootPath);
        // Checked against the schema too: a catalogue naming a field the API lacks is a policy error, not a silent gap.
        var options = new PolicyLoadOptions(PolicyFolder.EnvironmentFor(builder.Environment.EnvironmentName), HubSchemaCoordinates.Hub);
        builder.Services.AddSingleton(services =>
            new PolicySetProvider(folder, options, services.GetRequiredService<ILogger<PolicySetProvider>>()));
        builder.Services.AddSingleton<IClientDirectory, PolicyClientDirectory>();
        builder.Services.AddSingleton<IGrantPolicy, PolicyGrantPolicy>();
        builder.Services.AddHubTokenState();
        builder.AddHubTokenServer();
        builder.AddHubTokenValidation();
        return builder;
    }

    /// <summary>Loads the policy set before the first request (failing start-up when it is invalid) and maps the
    /// token server's endpoints.</summary>
    public static WebApplication MapHubAccess(this WebApplication app)
    {
        app.Services.GetRequiredService<PolicySetProvider>();
        app.UseAuthentication();
        app.MapHubTokenServer();
        return app;
    }
}
