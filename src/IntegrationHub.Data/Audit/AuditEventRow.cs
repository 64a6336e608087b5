using IntegrationHub.Audit;
using IntegrationHub.Policies;

namespace IntegrationHub.Data.Audit;

/// <summary>One stored audit event (<c>audit_events</c>): the canonical form that was hashed, the chain links, and
/// copies of the columns auditors filter on. The canonical form is the record; the other columns are an index
/// into it, and verification checks that they agree with it.</summary>
/// <remarks>Every text column that carries a value the caller chose (purpose, operation name) or that the hub does not
/// bound (client ids, request ids) is unbounded text: a length limit would make one odd request fail the commit
/// of every request grouped with it.</remarks>
public sealed class AuditEventRow
{
    /// <summary>The place in the chain: gap-free from 1, assigned by the writer that sealed the event.</summary>
    public long Sequence { get; set; }

    /// <summary>The event's id.</summary>
    public Guid EventId { get; set; }

    /// <summary>When the request was received, in UTC.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>The OAuth client; null when the request was not authenticated.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client's agency; null when the request was refused before one was known.</summary>
    public string? AgencyCode { get; set; }

    /// <summary>The MOU the request was served under.</summary>
    public string? MouId { get; set; }

    /// <summary>The purpose the caller declared.</summary>
    public string? Purpose { get; set; }

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>; empty when no operation was chosen.</summary>
    public required string OperationType { get; set; }

    /// <summary>The operation's name, when it has one.</summary>
    public string? OperationName { get; set; }

    /// <summary><c>success</c>, <c>partial</c> or <c>rejected</c>.</summary>
    public required string Outcome { get; set; }

    /// <summary>The request id, as in the response header and the logs.</summary>
    public required string RequestId { get; set; }

    /// <summary>The event's canonical JSON (<see cref="AuditCanonicalForm"/>): the exact text whose UTF-8 bytes were
    /// hashed, so that verification recomputes the hash from what is stored.</summary>
    public required string CanonicalForm { get; set; }

    /// <summary>The hash of the event before it (<see cref="AuditChain.GenesisHash"/> for the first).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>The event's hash (<see cref="AuditChain.HashOf"/>).</summary>
    public required string Hash { get; set; }

    /// <summary>The households and members whose data the request returned (the subject index).</summary>
    public List<AuditSubjectRow> Subjects { get; set; } = [];

    /// <summary>The field coordinates the request touched (the coordinate index).</summary>
    public List<AuditFieldRow> Fields { get; set; } = [];

    /// <summary>The rows that store <paramref name="sealedEvent"/>, its index rows included.</summary>
    public static AuditEventRow From(SealedAuditEvent sealedEvent)
    {
        var auditEvent = sealedEvent.Event;
        return new AuditEventRow
        {
            Sequence = sealedEvent.Sequence,
            EventId = sealedEvent.EventId,
            OccurredAt = auditEvent.OccurredAt.UtcDateTime,
            ClientId = auditEvent.ClientId,
            AgencyCode = auditEvent.AgencyCode,
            MouId = auditEvent.MouId,
            Purpose = auditEvent.Purpose,
            OperationType = auditEvent.OperationType,
            OperationName = auditEvent.OperationName,
            Outcome = auditEvent.Outcome,
            RequestId = auditEvent.RequestId,
            CanonicalForm = AuditCanonicalText.Of(sealedEvent.EventId, auditEvent),
            PreviousHash = sealedEvent.PreviousHash,
            Hash = sealedEvent.Hash,
            Subjects = [.. auditEvent.Subjects.Select((subject, itemNumber) => new AuditSubjectRow
            {
                Sequence = sealedEvent.Sequence,
                ItemNumber = itemNumber,
                SubjectKind = subject.Kind,
                SubjectId = subject.Id,
            })],
            Fields = [.. auditEvent.Fields.Select((field, itemNumber) => new AuditFieldRow
            {
                Sequence = sealedEvent.Sequence,
                ItemNumber = itemNumber,
                Coordinate = field.Coordinate,
                Decision = field.Decision,
                ValueCount = field.ValueCount,
            })],
        };
    }
}

/// <summary>A data subject of a stored event (<c>audit_subjects</c>), indexed by subject so that "who saw this
/// household" is an index seek, never a scan of the log.</summary>
public sealed class AuditSubjectRow
{
    /// <summary>The event's sequence.</summary>
    public long Sequence { get; set; }

    /// <summary>The subject's place in the event's list, which keys the row.</summary>
    public int ItemNumber { get; set; }

    /// <summary><c>Household</c> or <c>Member</c>, as the GraphQL type is named.</summary>
    public required string SubjectKind { get; set; }

    /// <summary>The hub's key of the household or member, in decimal.</summary>
    public required string SubjectId { get; set; }
}

/// <summary>A field coordinate a stored event touched (<c>audit_fields</c>), indexed by coordinate so that "who
/// read <c>Member.nationalId</c>" is an index seek.</summary>
public sealed class AuditFieldRow
{
    /// <summary>The event's sequence.</summary>
    public long Sequence { get; set; }

    /// <summary>The field's place in the event's list, which keys the row.</summary>
    public int ItemNumber { get; set; }

    /// <summary>The field coordinate, <c>Type.field</c>.</summary>
    public required string Coordinate { get; set; }

    /// <summary>Granted, masked or denied.</summary>
    public FieldDecision Decision { get; set; }

    /// <summary>How many values the field returned.</summary>
    public long ValueCount { get; set; }
}
