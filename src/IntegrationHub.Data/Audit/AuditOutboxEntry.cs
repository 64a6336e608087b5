namespace IntegrationHub.Data.Audit;

/// <summary>A mutation request's audit event as it stood when the request's changes committed, staged in the same
/// transaction as those changes (<c>audit_outbox</c>; <see cref="AuditOutbox"/>), so that no change stands without an
/// audit record: the row is deleted once the request's own event is committed, and recovered into the audit trail
/// when it never was.</summary>
public sealed class AuditOutboxEntry
{
    /// <summary>The row key, in staging order.</summary>
    public long Id { get; set; }

    /// <summary>The request's staging key: every mutation of one request stages under it, each row holding every
    /// change of the request so far.</summary>
    public Guid RequestKey { get; set; }

    /// <summary>When the changes committed (UTC).</summary>
    public DateTime StagedAt { get; set; }

    /// <summary>The drafted event in the audit trail's canonical form (<see cref="AuditCanonicalText"/>).</summary>
    public string CanonicalEvent { get; set; } = "";
}
