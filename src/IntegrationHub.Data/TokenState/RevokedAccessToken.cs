namespace IntegrationHub.Data.TokenState;

/// <summary>An access token of the hub revoked before its expiry (RFC 7009), remembered until it would have expired
/// anyway, so that it stays revoked across restarts and on every hub instance sharing the database.</summary>
public sealed class RevokedAccessToken
{
    /// <summary>The longest <see cref="TokenId"/> stored. The hub's own <c>jti</c> values are 22 characters (16 random
    /// bytes, base64url); only tokens the hub issued and validated are revoked.</summary>
    public const int TokenIdMaxLength = 64;

    /// <summary>The token's <c>jti</c>.</summary>
    public string TokenId { get; set; } = "";

    /// <summary>When the token can no longer be accepted anyway, so the row may be purged (UTC).</summary>
    public DateTime ExpiresAt { get; set; }
}
