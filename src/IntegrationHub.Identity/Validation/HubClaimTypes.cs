namespace IntegrationHub.Identity.Validation;

/// <summary>The claims of an authenticated hub caller, the same whichever issuer the token came from. Field-access
/// enforcement reads these.</summary>
public static class HubClaimTypes
{
    /// <summary>The client application (RFC 9068 section 2.2, RFC 8693 section 4.3).</summary>
    public const string ClientId = "client_id";

    /// <summary>The hub agency code the caller acts for; the agency's MOUs in force decide what it may see.</summary>
    public const string Agency = "agency";

    /// <summary>In a token: the space-delimited scopes (RFC 9068 section 2.2.3). On an authenticated caller: one
    /// claim per scope.</summary>
    public const string Scope = "scope";

    /// <summary>The token's identifier, for audit and revocation.</summary>
    public const string TokenId = "jti";

    /// <summary>The issuer that vouched for the caller.</summary>
    public const string Issuer = "iss";

    /// <summary>The subject; for client credentials tokens, the client (RFC 9068 section 2.2).</summary>
    public const string Subject = "sub";
}
