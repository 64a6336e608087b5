namespace IntegrationHub.Data.TokenState;

/// <summary>A client assertion (RFC 7523) the token server has accepted, remembered until it expires so that it is
/// accepted only once, by every hub instance sharing the database.</summary>
public sealed class ClientAssertionUse
{
    /// <summary>The length of <see cref="UseKey"/>: a SHA-256 digest in hexadecimal.</summary>
    public const int UseKeyLength = 64;

    /// <summary>Identifies the pair (client_id, jti): see <see cref="TokenStateStore.UseKeyOf"/>. Its primary key is
    /// what makes a second use of the pair fail atomically.</summary>
    public string UseKey { get; set; } = "";

    /// <summary>When the assertion can no longer be accepted anyway, so the row may be purged (UTC).</summary>
    public DateTime ExpiresAt { get; set; }
}
