using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.TokenState;

/// <summary>The token server's state in the database: the client assertions already used and the access tokens
/// revoked. Every hub instance sharing the database sees the same state, and it survives restarts. The statements
/// are the same on SQLite (3.24 and later) and PostgreSQL.</summary>
public sealed class TokenStateStore(HubDbContext db, TimeProvider clock)
{
    /// <summary>Records the first use of the assertion (<paramref name="clientId"/>, <paramref name="tokenId"/>).
    /// False when the pair was used before and that use has not yet expired: a replay (RFC 7523 section 3, item 7).</summary>
    /// <remarks>One statement decides: the insert either adds the row or meets the primary key. It takes over an
    /// expired row (which the purge has not yet removed) and leaves a live one alone, so of concurrent attempts
    /// with one pair, on any number of instances, exactly one counts a row. Checking first and inserting after
    /// would let two attempts both pass the check.</remarks>
    /// <param name="clientId">The client the assertion authenticates.</param>
    /// <param name="tokenId">The assertion's <c>jti</c>, as the client sent it (any length).</param>
    /// <param name="expiresAt">When the assertion can no longer be accepted anyway.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<bool> TryRecordAssertionUseAsync(string clientId, string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var useKey = UseKeyOf(clientId, tokenId);
        var expires = expiresAt.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO client_assertion_uses (use_key, expires_at) VALUES ({useKey}, {expires})
            ON CONFLICT (use_key) DO UPDATE SET expires_at = excluded.expires_at
            WHERE client_assertion_uses.expires_at <= {now}
            """,
            cancellationToken);
        return recorded == 1;
    }

    /// <summary>Revokes the access token until <paramref name="expiresAt"/> (RFC 7009 section 2.1); revoking it
    /// again changes nothing.</summary>
    /// <param name="tokenId">The token's <c>jti</c>.</param>
    /// <param name="expiresAt">When the token can no longer be accepted anyway.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="ArgumentException"><paramref name="tokenId"/> is longer than
    /// <see cref="RevokedAccessToken.TokenIdMaxLength"/>, so it is no <c>jti</c> the hub issued.</exception>
    public async Task RevokeAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (tokenId.Length > RevokedAccessToken.TokenIdMaxLength)
        {
            throw new ArgumentException(
                $"Token id of {tokenId.Length} characters cannot be revoked: the hub's own jti values have at most {RevokedAccessToken.TokenIdMaxLength}.",
                nameof(tokenId));
        }

        var expires = expiresAt.UtcDateTime;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO revoked_access_tokens (token_id, expires_at) VALUES ({tokenId}, {expires}) ON CONFLICT (token_id) DO NOTHING",
            cancellationToken);
    }

    /// <summary>True when the access token was revoked and would not yet have expired.</summary>
    /// <param name="tokenId">The token's <c>jti</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<RevokedAccessToken>().AnyAsync(t => t.TokenId == tokenId && t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Deletes the assertion uses and revocations that have expired: neither can matter any more, since an
    /// expired assertion or token is refused for its expiry. Returns how many rows were deleted.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var uses = await db.Set<ClientAssertionUse>().Where(u => u.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var revocations = await db.Set<RevokedAccessToken>().Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        return uses + revocations;
    }

    /// <summary>The primary key of a use of (<paramref name="clientId"/>, <paramref name="tokenId"/>): the SHA-256
    /// digest, in lower-case hexadecimal, of the client id's length, a colon, the client id and the <c>jti</c>.</summary>
    /// <remarks>A <c>jti</c> is unique per issuer only (RFC 7519 section 4.1.7), and each client issues its own
    /// assertions, so the key is the pair; the length prefix keeps ("ab", "c") and ("a", "bc") apart. The digest
    /// gives the key a fixed length whatever the client sends, within PostgreSQL's limit on index entries.</remarks>
    /// <param name="clientId">The client the assertion authenticates.</param>
    /// <param name="tokenId">The assertion's <c>jti</c>.</param>
    public static string UseKeyOf(string clientId, string tokenId)
    {
        var pair = Encoding.UTF8.GetBytes($"{clientId.Length}:{clientId}{tokenId}");
        return Convert.ToHexStringLower(SHA256.HashData(pair));
    }
}
