namespace IntegrationHub.Identity.State;

/// <summary>The access tokens revoked before their expiry (RFC 7009), by <c>jti</c>.</summary>
public interface IAccessTokenRevocationList
{
    /// <summary>Revokes the token.</summary>
    /// <param name="tokenId">The token's <c>jti</c>.</param>
    /// <param name="forgetAfter">When the token can no longer be accepted anyway (its <c>exp</c> plus clock skew).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask RevokeAsync(string tokenId, DateTimeOffset forgetAfter, CancellationToken cancellationToken);

    /// <summary>True when the token was revoked.</summary>
    ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken);
}
