namespace IntegrationHub.Data.Model;

/// <summary>The outcome of a mutation a client sent with an idempotency key, kept so that a retry of the same
/// request (after a lost response, say) returns the first outcome instead of changing anything a second time.</summary>
/// <remarks>Saved in the same transaction as the change it describes, so a key is recorded exactly when its change
/// is. A key is unique per client, never across clients: one client cannot replay or block another's.</remarks>
public sealed class IdempotencyRecord
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The OAuth client that sent the key (<c>"hub"</c> for the hub's own work).</summary>
    public required string ClientId { get; init; }

    /// <summary>The key as the client sent it.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The mutation the key was first used with, for people reading the table.</summary>
    public required string Operation { get; init; }

    /// <summary>SHA-256, as lower-case hex, of the mutation name and its canonical input: a retry must match it.</summary>
    public required string RequestHash { get; init; }

    /// <summary>The key of the record the mutation returned (a referral or a household).</summary>
    public long ResultId { get; init; }

    /// <summary>When the mutation was applied, in UTC.</summary>
    public DateTime CreatedAt { get; init; }
}
