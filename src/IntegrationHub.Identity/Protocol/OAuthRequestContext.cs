using IntegrationHub.Identity.Clients;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Identity.Protocol;

/// <summary>What the handlers of one OAuth endpoint request have learned so far, and the response once one of them
/// has decided it.</summary>
internal sealed class OAuthRequestContext(HttpContext httpContext)
{
    public HttpContext HttpContext { get; } = httpContext;

    public CancellationToken RequestAborted => HttpContext.RequestAborted;

    /// <summary>The form parameters, each present once and non-empty (set by <see cref="Handlers.ReadFormParameters"/>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();

    /// <summary>The credentials presented (set by <see cref="Handlers.ReadClientCredentials"/>).</summary>
    public PresentedClientCredentials? Credentials { get; set; }

    /// <summary>The authenticated client (set by <see cref="Handlers.AuthenticateClient"/>).</summary>
    public RegisteredClient? Client { get; set; }

    /// <summary>The scopes the access token will carry (set by <see cref="Handlers.ValidateScopes"/>).</summary>
    public IReadOnlySet<string> GrantedScopes { get; set; } = new HashSet<string>();

    /// <summary>The response, once decided; the pipeline stops at the first handler that sets it.</summary>
    public OAuthResponse? Response { get; private set; }

    /// <summary>The authenticated client; for handlers that run after <see cref="Handlers.AuthenticateClient"/>.</summary>
    public RegisteredClient AuthenticatedClient
        => Client ?? throw new InvalidOperationException("A handler that needs the client ran before AuthenticateClient.");

    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);

    public void Reject(OAuthError error) => Response = OAuthResponse.Error(error);

    public void Complete(OAuthResponse response) => Response = response;
}
