namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Rejects a token request for any grant but client credentials, the only one the hub serves: its clients
/// are agency systems acting for themselves, with no user to redirect.</summary>
internal sealed class ValidateGrantType : IOAuthRequestHandler
{
    public const string ClientCredentials = "client_credentials";

    public ValueTask HandleAsync(OAuthRequestContext context)
    {
        var grantType = context.Parameter("grant_type");

        // RFC 6749 section 4.4.2: grant_type is REQUIRED.
        if (grantType is null)
        {
            context.Reject(OAuthError.InvalidRequest("Parameter 'grant_type' is missing."));
        }

        // RFC 6749 section 5.2: a grant type the server does not support is unsupported_grant_type.
        else if (grantType != ClientCredentials)
        {
            context.Reject(OAuthError.UnsupportedGrantType($"Grant type '{grantType}' is not supported; use '{ClientCredentials}'."));
        }

        return ValueTask.CompletedTask;
    }
}
