using IntegrationHub.Identity.Protocol.Handlers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Identity.Protocol;

/// <summary>The order of the steps of each OAuth endpoint, in one place. A step runs only if every step before it
/// let the request through.</summary>
internal static class OAuthPipelines
{
    /// <summary>The token endpoint, client credentials grant (RFC 6749 section 4.4).</summary>
    public static IReadOnlyList<Type> Token { get; } =
    [
        typeof(ValidateContentType),
        typeof(ReadFormParameters),
        typeof(ValidateGrantType),
        typeof(ReadClientCredentials),
        typeof(AuthenticateClient),
        typeof(ValidateScopes),
        typeof(IssueAccessToken),
    ];

    /// <summary>The introspection endpoint (RFC 7662 section 2).</summary>
    public static IReadOnlyList<Type> Introspection { get; } =
    [
        typeof(ValidateContentType),
        typeof(ReadFormParameters),
        typeof(ReadClientCredentials),
        typeof(AuthenticateClient),
        typeof(RequireTokenParameter),
        typeof(IntrospectToken),
    ];

    /// <summary>The revocation endpoint (RFC 7009 section 2).</summary>
    public static IReadOnlyList<Type> Revocation { get; } =
    [
        typeof(ValidateContentType),
        typeof(ReadFormParameters),
        typeof(ReadClientCredentials),
        typeof(AuthenticateClient),
        typeof(RequireTokenParameter),
        typeof(RevokeToken),
    ];

    public static IEnumerable<Type> AllHandlers => Token.Concat(Introspection).Concat(Revocation).Distinct();

    /// <summary>Runs the steps in order until one decides the response, then writes it.</summary>
    public static async Task RunAsync(IReadOnlyList<Type> steps, HttpContext httpContext)
    {
        var context = new OAuthRequestContext(httpContext);
        foreach (var step in steps)
        {
            var handler = (IOAuthRequestHandler)httpContext.RequestServices.GetRequiredService(step);
            await handler.HandleAsync(context);
            if (context.Response is not null)
            {
                break;
            }
        }

        var response = context.Response
            ?? throw new InvalidOperationException("The last step of an OAuth endpoint must decide the response.");
        await response.WriteAsync(httpContext.Response);
    }
}
