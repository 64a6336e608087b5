using System.Globalization;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Paging;
using IntegrationHub.Audit;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.Policies;

namespace IntegrationHub.Api.Auditing;

/// <summary>The auditor's view of the audit trail (บันทึกการตรวจสอบ): audit events as a cursor connection, and the
/// result of a chain verification. Every field of an event is read from its stored canonical form, the bytes that
/// were hashed, so what an auditor reads is what verification checks.</summary>
public static class AuditGraphTypes
{
    /// <summary>A field decision of an MOU.</summary>
    public static EnumType Decision { get; } = new(
        "AuditFieldDecision",
        [
            new("GRANTED", FieldDecision.Granted, "Values were returned as stored."),
            new("MASKED", FieldDecision.Masked, "Values were returned through the MOU's mask (ปกปิดบางส่วน)."),
            new("DENIED", FieldDecision.Denied, "The field resolved to null: the MOU does not grant it."),
        ],
        "What the caller's MOU decided for a field coordinate of a request.");

    /// <summary>A field coordinate a request touched.</summary>
    public static ObjectType Field { get; } = new(
        "AuditedField",
        () =>
        [
            new FieldDefinition("coordinate", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<AuditedField>(f => f.Coordinate),
                description: "The field coordinate, Type.field, for example Member.nationalId."),
            new FieldDefinition("decision", new NonNullType(Decision),
                resolver: Resolve.From<AuditedField>(f => f.Decision),
                description: "Granted, masked or denied under the caller's MOU."),
            new FieldDefinition("valueCount", new NonNullType(SpecifiedScalars.Int),
                resolver: Resolve.From<AuditedField>(f => f.ValueCount),
                description: "How many values of the field the response held."),
        ],
        description: "A field coordinate a request touched, its decision and how many values it returned.");

    /// <summary>A change a mutation made.</summary>
    public static ObjectType Change { get; } = new(
        "AuditChange",
        () =>
        [
            new FieldDefinition("entity", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<AuditChange>(c => c.Entity),
                description: "The kind of record changed, for example Referral."),
            new FieldDefinition("id", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<AuditChange>(c => c.Id),
                description: "The record's id as the mutation recorded it."),
            new FieldDefinition("action", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<AuditChange>(c => c.Action),
                description: "What was done, for example created or accepted."),
        ],
        description: "A change a mutation made.");

    /// <summary>One audited request.</summary>
    public static ObjectType Event { get; } = new(
        "AuditEvent",
        () =>
        [
            new FieldDefinition("id", new NonNullType(SpecifiedScalars.ID),
                resolver: Resolve.From<SealedAuditEvent>(e => e.EventId.ToString("D")),
                description: "The event's id, as the response's extensions.audit.eventId gave it."),
            new FieldDefinition("sequence", new NonNullType(LongScalar.Instance),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Sequence),
                description: "The event's place in the chain: gap-free from 1."),
            new FieldDefinition("occurredAt", new NonNullType(DateTimeScalar.Instance),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.OccurredAt.UtcDateTime),
                description: "When the request was received."),
            new FieldDefinition("clientId", SpecifiedScalars.String,
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.ClientId),
                description: "The OAuth client that asked; null when the request was not authenticated."),
            new FieldDefinition("agency", SpecifiedScalars.String,
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.AgencyCode),
                description: "The code of the client's agency (หน่วยงาน); null when the request was refused before one was known."),
            new FieldDefinition("mouId", SpecifiedScalars.String,
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.MouId),
                description: "The MOU (บันทึกข้อตกลง) the request was served under."),
            new FieldDefinition("purpose", SpecifiedScalars.String,
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.Purpose),
                description: "The purpose (วัตถุประสงค์) the caller declared."),
            new FieldDefinition("policyVersion", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.PolicyVersion),
                description: "The version hash of the policy set in force."),
            new FieldDefinition("operationName", SpecifiedScalars.String,
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.OperationName),
                description: "The GraphQL operation's name, when it had one."),
            new FieldDefinition("operationType", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.OperationType),
                description: "query, mutation or subscription; empty when no operation was chosen."),
            new FieldDefinition("documentHash", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.DocumentHash),
                description: "SHA-256 of the GraphQL document (sha256:<hex>)."),
            new FieldDefinition("outcome", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.Outcome),
                description: "success, partial (data and errors), rejected (no data), or recovered: a mutation's changes committed but its own event could not, so the event staged with the changes was appended later (no data left)."),
            new FieldDefinition("requestId", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.RequestId),
                description: "The request id, as in the response header and the hub's logs."),
            new FieldDefinition("tokenId", SpecifiedScalars.String,
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.TokenId),
                description: "The access token's jti."),
            new FieldDefinition("hubInstance", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.HubInstance),
                description: "The hub instance that served the request."),
            new FieldDefinition("fields", new NonNullType(new ListType(new NonNullType(Field))),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.Fields),
                description: "Each field coordinate the request touched, with its decision and value count."),
            new FieldDefinition("households", new NonNullType(new ListType(new NonNullType(SpecifiedScalars.ID))),
                resolver: Resolve.From<SealedAuditEvent>(e => SubjectIds(e, HouseholdGraphType.Name)),
                description: "The global ids of the households (ครัวเรือน) whose data the response held."),
            new FieldDefinition("members", new NonNullType(new ListType(new NonNullType(SpecifiedScalars.ID))),
                resolver: Resolve.From<SealedAuditEvent>(e => SubjectIds(e, MemberGraphType.Name)),
                description: "The global ids of the household members (สมาชิกครัวเรือน) whose data the response held."),
            new FieldDefinition("changes", new NonNullType(new ListType(new NonNullType(Change))),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Event.Changes),
                description: "What a mutation changed; empty for queries."),
            new FieldDefinition("hash", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.Hash),
                description: "The event's SHA-256 chain hash, in lower-case hex, as the response's extensions.audit.hash gave it."),
            new FieldDefinition("previousHash", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(e => e.PreviousHash),
                description: "The hash of the event before it; 64 zeros for the first."),
        ],
        description: "One request to the hub as the audit trail recorded it, before any of its data left: who asked, under which MOU and purpose, which fields, and whose data.");

    /// <summary>An audit event on a page, with its cursor.</summary>
    public static ObjectType Edge { get; } = new(
        "AuditEventEdge",
        () =>
        [
            new FieldDefinition("cursor", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<SealedAuditEvent>(AuditEventPage.CursorOf),
                description: "An opaque cursor: pass it as after to continue from this event."),
            new FieldDefinition("node", new NonNullType(Event),
                resolver: Resolve.From<SealedAuditEvent>(e => e),
                description: "The event."),
        ],
        description: "An audit event on a page, with its cursor.");

    /// <summary>A page of audit events.</summary>
    public static ObjectType Connection { get; } = new(
        "AuditEventConnection",
        () =>
        [
            new FieldDefinition("edges", new NonNullType(new ListType(new NonNullType(Edge))),
                resolver: Resolve.From<AuditEventPage>(page => page.Events),
                description: "The events on the page with their cursors."),
            new FieldDefinition("nodes", new NonNullType(new ListType(new NonNullType(Event))),
                resolver: Resolve.From<AuditEventPage>(page => page.Events),
                description: "The events on the page, when no cursor but the last is needed."),
            new FieldDefinition("pageInfo", new NonNullType(PageInfoGraphType.Type),
                resolver: Resolve.From<AuditEventPage>(page => page),
                description: "Where the page ends and whether another follows."),
        ],
        description: "A page of audit events in sequence order, with forward cursors. No total count: the log only grows, and counting a large filter would read it.");

    /// <summary>The auditor's conditions.</summary>
    public static InputObjectType Filter { get; } = new(
        "AuditEventFilter",
        () =>
        [
            new InputValueDefinition("agency", SpecifiedScalars.String,
                description: "Only requests of this agency (its code, as policies/agencies.yaml spells it)."),
            new InputValueDefinition("clientId", SpecifiedScalars.String,
                description: "Only requests of this OAuth client."),
            new InputValueDefinition("householdId", SpecifiedScalars.ID,
                description: "Only requests whose response held this household's data (its global id)."),
            new InputValueDefinition("memberId", SpecifiedScalars.ID,
                description: "Only requests whose response held this member's data (its global id)."),
            new InputValueDefinition("coordinate", SpecifiedScalars.String,
                description: "Only requests that touched this field coordinate, for example Member.nationalId."),
            new InputValueDefinition("decision", Decision,
                description: "Only requests with a field of this decision (of the coordinate, when one is given)."),
            new InputValueDefinition("from", DateTimeScalar.Instance,
                description: "Only requests received at or after this instant."),
            new InputValueDefinition("to", DateTimeScalar.Instance,
                description: "Only requests received before this instant."),
        ],
        "Conditions on audit events; all given conditions must hold.");

    /// <summary>The outcome of a chain verification.</summary>
    public static ObjectType Verification { get; } = new(
        "AuditChainVerification",
        () =>
        [
            new FieldDefinition("valid", new NonNullType(SpecifiedScalars.Boolean),
                resolver: Resolve.From<AuditChainReport>(r => r.IsValid),
                description: "Whether every event in the range checked out."),
            new FieldDefinition("checkedCount", new NonNullType(SpecifiedScalars.Int),
                resolver: Resolve.From<AuditChainReport>(r => r.CheckedCount),
                description: "How many events checked out before the first bad one (all of them when valid)."),
            new FieldDefinition("firstBadSequence", LongScalar.Instance,
                resolver: Resolve.From<AuditChainReport>(r => r.FirstBadSequence),
                description: "The sequence of the first event that is altered, missing or out of order; null when valid."),
            new FieldDefinition("problem", SpecifiedScalars.String,
                resolver: Resolve.From<AuditChainReport>(r => r.Problem),
                description: "What is wrong with that event; null when valid."),
        ],
        description: "The result of recomputing the audit trail's hash chain over a range of sequences.");

    private static IReadOnlyList<string> SubjectIds(SealedAuditEvent auditEvent, string kind) =>
        [.. auditEvent.Event.Subjects
            .Where(s => s.Kind == kind)
            .Select(s => long.TryParse(s.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? GlobalId.Encode(kind, key) : s.Id)];
}
