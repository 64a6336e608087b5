namespace IntegrationHub.Audit;

/// <summary>Where sealed audit events are kept. Implementations append only: nothing in the hub updates or deletes
/// an audit event.</summary>
public interface IAuditEventStore
{
    /// <summary>The event with the highest sequence, or null when the log is empty.</summary>
    Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="batch"/> (consecutive sequences after the head) durably in one transaction:
    /// when this returns, every event is committed; when it throws, none is. A sequence already taken must fail
    /// the whole batch (a unique key), so two writers can never fork the chain.</summary>
    Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken);
}

/// <summary>The audit store could not commit: the request must fail closed (no data; 503).</summary>
public sealed class AuditUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
