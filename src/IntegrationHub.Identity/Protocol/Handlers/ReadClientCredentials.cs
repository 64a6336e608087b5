using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Identity.Clients;
using IntegrationHub.Policies;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Finds the one set of client credentials the request presents: an HTTP Basic header, a secret in the
/// form, or a client assertion. Checking them is <see cref="AuthenticateClient"/>'s job.</summary>
internal sealed class ReadClientCredentials : IOAuthRequestHandler
{
    /// <summary>The assertion type of RFC 7523 section 2.2.</summary>
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ValueTask HandleAsync(OAuthRequestContext context)
    {
        var authorization = context.HttpContext.Request.Headers.Authorization;
        var usesHeader = authorization.Count > 0;
        var usesSecret = context.Parameter("client_secret") is not null;
        var usesAssertion = context.Parameter("client_assertion") is not null || context.Parameter("client_assertion_type") is not null;

        // RFC 6749 section 2.3: the client MUST NOT use more than one authentication method in each request.
        if ((usesHeader ? 1 : 0) + (usesSecret ? 1 : 0) + (usesAssertion ? 1 : 0) > 1)
        {
            context.Reject(OAuthError.InvalidRequest("The request uses more than one client authentication method; use exactly one."));
        }
        else if (usesHeader)
        {
            ReadBasic(context, authorization.Count == 1 ? authorization[0] : null);
        }
        else if (usesSecret)
        {
            ReadPostedSecret(context);
        }
        else if (usesAssertion)
        {
            ReadAssertion(context);
        }
        else
        {
            // RFC 6749 section 5.2: no client authentication included is invalid_client.
            context.Reject(OAuthError.InvalidClient("The request carries no client authentication."));
        }

        return ValueTask.CompletedTask;
    }

    // RFC 6749 section 2.3.1 with RFC 7617: Basic base64(urlencode(client_id) ":" urlencode(client_secret)).
    private static void ReadBasic(OAuthRequestContext context, string? header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            context.Reject(OAuthError.InvalidClient("The Authorization header must use the Basic scheme."));
            return;
        }

        var credentials = DecodeBasic(value.Parameter);
        if (credentials is null)
        {
            context.Reject(OAuthError.InvalidClient("The Basic credentials are not base64 of 'client_id:client_secret'."));
            return;
        }

        var (clientId, secret) = credentials.Value;
        var postedClientId = context.Parameter("client_id");
        if (postedClientId is not null && postedClientId != clientId)
        {
            context.Reject(OAuthError.InvalidRequest("Parameter 'client_id' names another client than the Authorization header."));
            return;
        }

        context.Credentials = new PresentedClientCredentials(ClientAuthenticationMethod.ClientSecretBasic, clientId, secret, null);
    }

    private static (string ClientId, string Secret)? DecodeBasic(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var clientId = Uri.UnescapeDataString(decoded[..colon].Replace('+', ' '));
        var secret = Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '));
        return clientId.Length == 0 || secret.Length == 0 ? null : (clientId, secret);
    }

    private static void ReadPostedSecret(OAuthRequestContext context)
    {
        var clientId = context.Parameter("client_id");
        if (clientId is null)
        {
            context.Reject(OAuthError.InvalidRequest("Parameter 'client_id' is missing; client_secret_post needs it beside 'client_secret'."));
            return;
        }

        context.Credentials = new PresentedClientCredentials(ClientAuthenticationMethod.ClientSecretPost, clientId, context.Parameter("client_secret"), null);
    }

    // RFC 7521 section 4.2 and RFC 7523 section 2.2: client_assertion_type and client_assertion go together; the
    // client is the assertion's subject, and client_id, if sent, must name the same client (checked on validation).
    private static void ReadAssertion(OAuthRequestContext context)
    {
        var assertionType = context.Parameter("client_assertion_type");
        var assertion = context.Parameter("client_assertion");
        if (assertionType is null || assertion is null)
        {
            context.Reject(OAuthError.InvalidRequest("Parameters 'client_assertion_type' and 'client_assertion' must be sent together."));
            return;
        }

        if (assertionType != JwtBearerAssertionType)
        {
            context.Reject(OAuthError.InvalidClient($"Client assertion type '{assertionType}' is not supported; use '{JwtBearerAssertionType}'."));
            return;
        }

        var clientId = context.Parameter("client_id") ?? ClientAssertionValidator.ReadSubject(assertion);
        if (clientId is null)
        {
            context.Reject(OAuthError.InvalidClient("The client assertion is not a signed JWT with a 'sub' claim."));
            return;
        }

        context.Credentials = new PresentedClientCredentials(ClientAuthenticationMethod.PrivateKeyJwt, clientId, null, assertion);
    }
}
