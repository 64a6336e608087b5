namespace IntegrationHub.Identity.State;

/// <summary>The replay cache of one hub process. With several hub instances an assertion could be replayed against
/// another instance, so a shared (database) implementation must replace it there.</summary>
public sealed class InMemoryClientAssertionReplayCache(TimeProvider clock) : IClientAssertionReplayCache
{
    private readonly ExpiringIdSet _used = new(clock);

    /// <inheritdoc />
    public ValueTask<bool> TryRecordFirstUseAsync(string clientId, string tokenId, DateTimeOffset forgetAfter, CancellationToken cancellationToken)
        // The jti is unique per issuer only (RFC 7519 section 4.1.7), and each client issues its own assertions.
        => ValueTask.FromResult(_used.TryAdd($"{clientId.Length}:{clientId}{tokenId}", forgetAfter));
}
