namespace IntegrationHub.Identity.State;

/// <summary>A set of identifiers each remembered until its own expiry, and forgotten after: its size is bounded by
/// how many identifiers can arrive within the longest expiry window.</summary>
internal sealed class ExpiringIdSet(TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _byExpiry = new();
    private readonly Lock _gate = new();

    /// <summary>Adds the identifier; false when it is already present and not yet expired.</summary>
    public bool TryAdd(string id, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            ForgetExpired();
            if (_expiries.ContainsKey(id))
            {
                return false;
            }

            _expiries.Add(id, expiresAt);
            _byExpiry.Enqueue(id, expiresAt);
            return true;
        }
    }

    /// <summary>True when the identifier is present and not yet expired.</summary>
    public bool Contains(string id)
    {
        lock (_gate)
        {
            return _expiries.TryGetValue(id, out var expiresAt) && expiresAt > clock.GetUtcNow();
        }
    }

    private void ForgetExpired()
    {
        var now = clock.GetUtcNow();
        while (_byExpiry.TryPeek(out var id, out var expiresAt) && expiresAt <= now)
        {
            _byExpiry.Dequeue();
            _expiries.Remove(id);
        }
    }
}
