using IntegrationHub.Identity.Clients;
using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.Protocol;
using IntegrationHub.Identity.State;
using IntegrationHub.Identity.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity;

/// <summary>Registers and maps the hub's token server and its bearer-token authentication.</summary>
public static class HubTokenServerExtensions
{
    /// <summary>Registers the token server: options from <see cref="HubTokenOptions.SectionName"/> (checked at
    /// start-up), the signing keys (created on first start), and the endpoint handlers. The host must also register
    /// an <see cref="IClientDirectory"/> and an <see cref="Grants.IGrantPolicy"/>. The replay cache and revocation
    /// list default to in-memory ones; register shared ones first to replace them.</summary>
    public static IHostApplicationBuilder AddHubTokenServer(this IHostApplicationBuilder builder)
    {
        AddHubTokenCore(builder.Services);
        builder.Services.TryAddSingleton<IClientAssertionReplayCache, InMemoryClientAssertionReplayCache>();
        builder.Services.TryAddSingleton<ClientAssertionValidator>();
        foreach (var handler in OAuthPipelines.AllHandlers)
        {
            builder.Services.TryAddTransient(handler);
        }

        return builder;
    }

    /// <summary>Registers the <see cref="HubAccessTokens.AuthenticationScheme"/> authentication scheme, the default
    /// one, which accepts bearer tokens of the hub and of the external issuers in <see cref="HubTokenOptions.ExternalIssuers"/>.</summary>
    public static IHostApplicationBuilder AddHubTokenValidation(this IHostApplicationBuilder builder)
    {
        AddHubTokenCore(builder.Services);
        builder.Services.AddAuthentication(HubAccessTokens.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, HubTokenAuthenticationHandler>(HubAccessTokens.AuthenticationScheme, configureOptions: null);
        return builder;
    }

    /// <summary>Registers the token options and the signing key ring alone, for tools that manage keys (the hub's
    /// <c>keys rotate</c> command) without serving tokens.</summary>
    public static IHostApplicationBuilder AddHubSigningKeys(this IHostApplicationBuilder builder)
    {
        AddHubTokenCore(builder.Services);
        return builder;
    }

    /// <summary>Maps the token, introspection and revocation endpoints, the JWKS and the metadata documents at the
    /// paths of <see cref="HubTokenServerPaths"/>.</summary>
    public static IEndpointRouteBuilder MapHubTokenServer(this IEndpointRouteBuilder endpoints)
    {
        // RFC 6749 section 3.2, RFC 7662 section 2.1, RFC 7009 section 2.1: these endpoints take POST only;
        // routing answers other methods with 405.
        endpoints.MapPost(HubTokenServerPaths.Token, context => OAuthPipelines.RunAsync(OAuthPipelines.Token, context));
        endpoints.MapPost(HubTokenServerPaths.Introspection, context => OAuthPipelines.RunAsync(OAuthPipelines.Introspection, context));
        endpoints.MapPost(HubTokenServerPaths.Revocation, context => OAuthPipelines.RunAsync(OAuthPipelines.Revocation, context));
        endpoints.MapGet(HubTokenServerPaths.Jwks, (SigningKeyRing keys) =>
            Results.Json(new { keys = keys.Published.Select(key => key.PublicJwk) }, contentType: "application/jwk-set+json"));
        endpoints.MapGet(HubTokenServerPaths.OAuthMetadata, MetadataResult);
        endpoints.MapGet(HubTokenServerPaths.OpenIdMetadata, MetadataResult);
        return endpoints;
    }

    private static IResult MetadataResult(IOptions<HubTokenOptions> options)
        => Results.Json(AuthorizationServerMetadata.For(options.Value.Issuer));

    // Shared by both Add methods, registered once: binding the options twice would append every configured
    // external issuer twice.
    private static void AddHubTokenCore(IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(SigningKeyRing)))
        {
            return;
        }

        services.AddOptions<HubTokenOptions>().BindConfiguration(HubTokenOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubTokenOptions>, HubTokenOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyRing>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SigningKeyInitializer>());
        services.TryAddSingleton<IAccessTokenRevocationList, InMemoryAccessTokenRevocationList>();
        services.TryAddSingleton<AccessTokenValidator>();
        services.AddHttpClient(ExternalIssuerKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
    }
}
