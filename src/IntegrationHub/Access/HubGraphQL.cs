using IntegrationHub.Api;
using IntegrationHub.Api.Access;
using IntegrationHub.Data.Audit;
using IntegrationHub.GraphQL.AspNetCore;
using IntegrationHub.GraphQL.AspNetCore.Execution;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;
using IntegrationHub.Identity.Validation;

namespace IntegrationHub.Access;

/// <summary>The hub's GraphQL endpoint: the API schema over HTTP, behind the hub's bearer tokens, the MOU rate
/// limits, the MOU annexes (trusted documents), and the field-level enforcement and audit of
/// <see cref="HubAccessInterceptor"/>.</summary>
public static class HubGraphQL
{
    /// <summary>Where the endpoint listens.</summary>
    public const string Path = "/graphql";

    /// <summary>The authorization policy of the endpoint: a valid hub access token, nothing else.</summary>
    public const string TokenPolicy = "hub-access-token";

    /// <summary>Registers the schema, the transport, the access enforcement and the audit it needs.</summary>
    public static IHostApplicationBuilder AddHubGraphQL(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(HubSchema.Instance);
        services.AddGraphQLHttp();
        services.AddSingleton<MouAnnexDocuments>();
        services.AddSingleton<ITrustedDocumentPolicy>(provider => provider.GetRequiredService<MouAnnexDocuments>());
        services.AddSingleton<ITrustedDocumentStore>(provider => provider.GetRequiredService<MouAnnexDocuments>());
        services.AddScoped<RequestCaller>();
        services.AddScoped<RequestChanges>();
        services.AddSingleton(new HubInstance(builder.Configuration["Hub:InstanceName"] ?? Environment.MachineName));
        services.AddSingleton<IGraphQLExecutionInterceptor, HubAccessInterceptor>();
        services.AddSingleton<AuditOutboxRecovery>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditOutboxRecovery>());
        services.AddHubAuditStore();
        var eligibilityFolder = System.IO.Path.Combine(
            PolicyFolder.Locate(builder.Configuration[PolicyFolder.ConfigurationKey], builder.Environment.ContentRootPath), "eligibility");
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<EligibilityPolicySource>(provider, eligibilityFolder));
        services.AddScoped(provider => provider.GetRequiredService<EligibilityPolicySource>().Current);
        services.AddMouRateLimits();
        services.AddAuthorizationBuilder().AddPolicy(TokenPolicy, policy => policy
            .AddAuthenticationSchemes(HubAccessTokens.AuthenticationScheme)
            .RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>Maps the endpoint; unauthenticated requests get 401 with a bearer challenge (RFC 6750 section 3).</summary>
    /// <exception cref="Api.Eligibility.EligibilityPolicyException">An eligibility threshold file is wrong; the hub must not start.</exception>
    public static WebApplication MapHubGraphQL(this WebApplication app)
    {
        app.Services.GetRequiredService<EligibilityPolicySource>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapGraphQL(Path).RequireAuthorization(TokenPolicy).RequireRateLimiting(MouRateLimits.PolicyName);
        return app;
    }
}
