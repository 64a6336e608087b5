namespace IntegrationHub.Identity;

/// <summary>Where the token server's endpoints are served, relative to the issuer.</summary>
public static class HubTokenServerPaths
{
    /// <summary>The token endpoint (RFC 6749 section 3.2).</summary>
    public const string Token = "/connect/token";

    /// <summary>The token introspection endpoint (RFC 7662).</summary>
    public const string Introspection = "/connect/introspect";

    /// <summary>The token revocation endpoint (RFC 7009).</summary>
    public const string Revocation = "/connect/revoke";

    /// <summary>The JWK Set of the hub's signing keys (RFC 7517 section 5).</summary>
    public const string Jwks = "/.well-known/jwks.json";

    /// <summary>Authorization server metadata (RFC 8414 section 3).</summary>
    public const string OAuthMetadata = "/.well-known/oauth-authorization-server";

    /// <summary>The same metadata at the OpenID Connect Discovery 1.0 location, for clients that only look there.</summary>
    public const string OpenIdMetadata = "/.well-known/openid-configuration";

    /// <summary>The absolute URL of <paramref name="path"/> under <paramref name="issuer"/>.</summary>
    public static string Url(string issuer, string path) => issuer.TrimEnd('/') + path;
}
