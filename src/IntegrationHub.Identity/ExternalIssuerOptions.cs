namespace IntegrationHub.Identity;

/// <summary>An external OAuth issuer whose JWT access tokens the hub accepts, and how its claims map onto a
/// hub caller (client and agency).</summary>
public sealed class ExternalIssuerOptions
{
    /// <summary>The exact <c>iss</c> value of the issuer's tokens.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The <c>aud</c> value its tokens must carry to be meant for the hub.</summary>
    public string Audience { get; set; } = "";

    /// <summary>A file holding the issuer's JWK Set (RFC 7517 section 5); give this or <see cref="JwksUrl"/>.</summary>
    public string? JwksFile { get; set; }

    /// <summary>The issuer's JWK Set URL (https, or http on loopback); give this or <see cref="JwksFile"/>.</summary>
    public string? JwksUrl { get; set; }

    /// <summary>How long keys fetched from <see cref="JwksUrl"/> are used before they are fetched again.</summary>
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The claim whose value names the caller's organisation at the issuer.</summary>
    public string AgencyClaim { get; set; } = "";

    /// <summary>Maps values of <see cref="AgencyClaim"/> to hub agency codes. A value missing here is rejected, so
    /// an external issuer can speak only for the agencies configured for it.</summary>
    public Dictionary<string, string> Agencies { get; set; } = [];

    /// <summary>The claim naming the client application.</summary>
    public string ClientIdClaim { get; set; } = "client_id";

    /// <summary>The accepted JOSE <c>typ</c> header values. Empty means <c>at+jwt</c> only, as RFC 9068 section 4
    /// asks; list others (such as <c>JWT</c>) only for an issuer that cannot type its access tokens.</summary>
    public List<string> TokenTypes { get; set; } = [];
}
