namespace IntegrationHub.Audit;

/// <summary>An audit event in the chain: its place (a gap-free sequence from 1), its id, the hash of the event
/// before it and its own hash (<see cref="AuditChain"/>).</summary>
public sealed record SealedAuditEvent(long Sequence, Guid EventId, AuditEvent Event, string PreviousHash, string Hash)
{
    /// <summary>What the response carries (<c>extensions.audit</c>) so the caller can later check its event.</summary>
    public AuditReceipt Receipt => new(EventId, Sequence, Hash);
}

/// <summary>The receipt of a committed audit event: id, sequence and hash.</summary>
public sealed record AuditReceipt(Guid EventId, long Sequence, string Hash);
