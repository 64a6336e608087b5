namespace IntegrationHub.Identity.Validation;

/// <summary>Constants of the hub's access tokens.</summary>
public static class HubAccessTokens
{
    /// <summary>The JOSE <c>typ</c> of a JWT access token (RFC 9068 section 2.1); validation requires it
    /// (section 4), so an ID token or client assertion cannot be passed off as an access token.</summary>
    public const string TokenType = "at+jwt";

    /// <summary>The authentication scheme that validates bearer access tokens.</summary>
    public const string AuthenticationScheme = "HubToken";
}
