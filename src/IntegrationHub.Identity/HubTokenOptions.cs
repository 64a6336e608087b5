namespace IntegrationHub.Identity;

/// <summary>The token server's and the resource server's settings, bound from the configuration section
/// <see cref="SectionName"/>.</summary>
public sealed class HubTokenOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:Tokens";

    /// <summary>The issuer identifier (RFC 8414 section 2): an https URL without query or fragment (http is
    /// accepted for loopback hosts only). It is the <c>iss</c> of every token and the base of every endpoint
    /// URL in the metadata.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The <c>aud</c> of the access tokens the hub issues and accepts: the hub as a resource server.</summary>
    public string Audience { get; set; } = "integrationhub";

    /// <summary>How long an issued access token lives. Short by default: a revoked MOU or client stops working
    /// within this time even where revocation is not checked.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The folder holding the signing keys, relative to the content root unless absolute.</summary>
    public string KeyFolder { get; set; } = "data/keys";

    /// <summary>How often the running hub looks for keys added to or removed from <see cref="KeyFolder"/> (by
    /// <c>keys rotate</c>, or by another instance sharing the folder): one directory listing per interval, and the
    /// keys are read again only when a file changed. A new key signs tokens at most this long after it was
    /// written.</summary>
    public TimeSpan KeyReloadInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The algorithm of newly created signing keys: <c>ES256</c> (P-256) or <c>RS256</c> (RSA 3072).</summary>
    public string SigningAlgorithm { get; set; } = "ES256";

    /// <summary>The clock difference tolerated when checking <c>exp</c> and <c>nbf</c> of tokens and client
    /// assertions.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a client assertion (RFC 7523) may live, from now to its <c>exp</c>. Bounding it
    /// bounds how long each <c>jti</c> must be remembered to stop replays.</summary>
    public TimeSpan MaxClientAssertionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest request body the OAuth endpoints read, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Other issuers whose access tokens the hub accepts as a resource server.</summary>
    public List<ExternalIssuerOptions> ExternalIssuers { get; set; } = [];
}
