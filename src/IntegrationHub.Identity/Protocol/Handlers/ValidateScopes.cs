using IntegrationHub.Identity.Grants;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Decides the token's scopes: those requested that an MOU of the client's agency in force now grants.</summary>
internal sealed class ValidateScopes(IGrantPolicy grantPolicy, TimeProvider clock) : IOAuthRequestHandler
{
    public async ValueTask HandleAsync(OAuthRequestContext context)
    {
        var client = context.AuthenticatedClient;
        var scope = context.Parameter("scope");

        // RFC 6749 section 3.3: without a scope parameter the server uses a default or fails with invalid_scope.
        // The hub has no default: each token names the data-sharing terms it is for.
        if (scope is null)
        {
            context.Reject(OAuthError.InvalidScope("Parameter 'scope' is missing; name the scopes the client needs, separated by spaces."));
            return;
        }

        if (!ScopeList.TryParse(scope, out var requested))
        {
            context.Reject(OAuthError.InvalidScope("Parameter 'scope' is malformed: scopes are separated by single spaces and use printable ASCII other than double quote and backslash (RFC 6749 section 3.3)."));
            return;
        }

        var granted = await grantPolicy.GrantedScopesAsync(client.AgencyCode, requested, clock.GetUtcNow(), context.RequestAborted);

        // Never more than was asked for, whatever the policy answers.
        var scopes = requested.Where(granted.Contains).ToHashSet(StringComparer.Ordinal);
        if (scopes.Count == 0)
        {
            context.Reject(OAuthError.InvalidScope($"No MOU of agency '{client.AgencyCode}' in force now grants any of the requested scopes: {ScopeList.Format(requested)}."));
            return;
        }

        context.GrantedScopes = scopes;
    }
}
