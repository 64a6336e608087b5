namespace IntegrationHub.Audit;

/// <summary>Checks stored events against the chain, in sequence order, and names the first one that breaks it.</summary>
public static class AuditChainVerifier
{
    /// <summary>Verifies <paramref name="events"/>, read in ascending sequence order from the store, starting at
    /// <paramref name="firstSequence"/> with <paramref name="previousHash"/> the hash of the event before it
    /// (<see cref="AuditChain.GenesisHash"/> from the start).</summary>
    public static async Task<AuditChainReport> VerifyAsync(
        IAsyncEnumerable<SealedAuditEvent> events,
        long firstSequence = 1,
        string? previousHash = null,
        CancellationToken cancellationToken = default)
    {
        var expectedSequence = firstSequence;
        var expectedPrevious = previousHash ?? AuditChain.GenesisHash;
        long checkedCount = 0;
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            var problem = stored.Sequence != expectedSequence
                ? $"the sequence jumps from {expectedSequence - 1} to {stored.Sequence}: an event is missing or out of order"
                : stored.PreviousHash != expectedPrevious
                    ? "its previous-hash does not match the event before it"
                    : stored.Hash != AuditChain.HashOf(stored.Sequence, stored.PreviousHash, stored.EventId, stored.Event)
                        ? "its content does not match its hash: the event was altered"
                        : null;
            if (problem is not null)
            {
                return new AuditChainReport(checkedCount, expectedSequence, problem);
            }

            checkedCount++;
            expectedSequence++;
            expectedPrevious = stored.Hash;
        }

        return new AuditChainReport(checkedCount, null, null);
    }
}

/// <summary>The outcome of a verification: how many events checked out, and the first bad sequence with the reason.</summary>
public sealed record AuditChainReport(long CheckedCount, long? FirstBadSequence, string? Problem)
{
    /// <summary>Whether every event checked out.</summary>
    public bool IsValid => FirstBadSequence is null;
}
