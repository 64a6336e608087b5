using IntegrationHub.Audit;

namespace IntegrationHub.Data.Audit;

/// <summary>Turns a stored row back into the sealed event it records, refusing a row that does not agree with
/// itself: its canonical form must read back, and the columns and index rows auditors search by must say what the
/// canonical form says, or a search could be steered away from an event that still verifies.</summary>
public static class StoredAuditEvent
{
    /// <summary>The sealed event <paramref name="row"/> stores; <paramref name="row"/> must come with its subject and
    /// field rows (as <see cref="AuditLog.ReadAsync"/> reads it), which are compared with the canonical form.</summary>
    /// <exception cref="FormatException">The row contradicts itself; the message says how, as a clause ("its ...").</exception>
    public static SealedAuditEvent Sealed(AuditEventRow row)
    {
        (Guid eventId, AuditEvent auditEvent) parsed;
        try
        {
            parsed = AuditCanonicalText.Parse(row.CanonicalForm);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"its stored canonical form cannot be trusted: {exception.Message}", exception);
        }

        var (eventId, auditEvent) = parsed;
        var expected = AuditEventRow.From(new SealedAuditEvent(row.Sequence, eventId, auditEvent, row.PreviousHash, row.Hash));
        var disagreeing = new (string Column, bool Agrees)[]
        {
            ("event_id", row.EventId == expected.EventId),
            ("occurred_at", Microseconds(row.OccurredAt) == Microseconds(expected.OccurredAt)),
            ("client_id", row.ClientId == expected.ClientId),
            ("agency_code", row.AgencyCode == expected.AgencyCode),
            ("mou_id", row.MouId == expected.MouId),
            ("purpose", row.Purpose == expected.Purpose),
            ("operation_type", row.OperationType == expected.OperationType),
            ("operation_name", row.OperationName == expected.OperationName),
            ("outcome", row.Outcome == expected.Outcome),
            ("request_id", row.RequestId == expected.RequestId),
            ("audit_subjects", Subjects(row) == Subjects(expected)),
            ("audit_fields", Fields(row) == Fields(expected)),
        }.Where(c => !c.Agrees).Select(c => c.Column).ToList();
        return disagreeing.Count == 0
            ? new SealedAuditEvent(row.Sequence, eventId, auditEvent, row.PreviousHash, row.Hash)
            : throw new FormatException($"its {string.Join(", ", disagreeing)} disagree with its canonical form: the row was altered");
    }

    /// <summary>PostgreSQL keeps timestamps to the microsecond; the canonical form keeps the 100 ns ticks.</summary>
    private static long Microseconds(DateTime instant) => instant.Ticks / TimeSpan.TicksPerMicrosecond;

    private static string Subjects(AuditEventRow row) =>
        string.Join('\n', row.Subjects.Select(s => $"{s.SubjectKind}:{s.SubjectId}").Order(StringComparer.Ordinal));

    private static string Fields(AuditEventRow row) =>
        string.Join('\n', row.Fields.Select(f => $"{f.Coordinate}:{f.Decision}:{f.ValueCount}").Order(StringComparer.Ordinal));
}
