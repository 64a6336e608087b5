namespace IntegrationHub.Identity.State;

/// <summary>The revocation list of one hub process; it is lost on restart and not shared between instances, so a
/// shared (database) implementation must replace it in production.</summary>
public sealed class InMemoryAccessTokenRevocationList(TimeProvider clock) : IAccessTokenRevocationList
{
    private readonly ExpiringIdSet _revoked = new(clock);

    /// <inheritdoc />
    public ValueTask RevokeAsync(string tokenId, DateTimeOffset forgetAfter, CancellationToken cancellationToken)
    {
        _revoked.TryAdd(tokenId, forgetAfter);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken)
        => ValueTask.FromResult(_revoked.Contains(tokenId));
}
