using IntegrationHub.Api.Identity;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.Policies;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Auditing;

/// <summary>The auditor's conditions on audit events (the <c>AuditEventFilter</c> input), applied in SQL. A subject
/// or coordinate condition is answered from its index table (<c>audit_subjects</c>, <c>audit_fields</c>): the events
/// are found by an index seek on the subject or coordinate, never by reading the log.</summary>
/// <remarks>No area condition applies: auditors hold a whole-country MOU, and audit events are the hub's own records
/// about requests, not household data.</remarks>
public sealed record AuditEventFilter(
    string? Agency,
    string? ClientId,
    long? HouseholdKey,
    long? MemberKey,
    string? Coordinate,
    FieldDecision? Decision,
    DateTime? OccurredFrom,
    DateTime? OccurredBefore)
{
    /// <summary>No condition: every event.</summary>
    public static AuditEventFilter None { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary>Reads the <c>where</c> argument (null: <see cref="None"/>); household and member ids are the API's
    /// global ids.</summary>
    /// <exception cref="GraphQL.Execution.FieldErrorException">An id is not a household's or member's global id.</exception>
    public static AuditEventFilter From(IReadOnlyDictionary<string, object?>? input) => input is null
        ? None
        : new AuditEventFilter(
            input.GetValueOrDefault("agency") as string,
            input.GetValueOrDefault("clientId") as string,
            input.GetValueOrDefault("householdId") is string household ? GlobalId.DecodeKey(household, GraphTypes.HouseholdGraphType.Name) : null,
            input.GetValueOrDefault("memberId") is string member ? GlobalId.DecodeKey(member, GraphTypes.MemberGraphType.Name) : null,
            input.GetValueOrDefault("coordinate") as string,
            input.GetValueOrDefault("decision") as FieldDecision?,
            input.GetValueOrDefault("from") as DateTime?,
            input.GetValueOrDefault("to") as DateTime?);

    /// <summary>Keeps the events of <paramref name="db"/> that meet every condition.</summary>
    public IQueryable<AuditEventRow> Apply(HubDbContext db)
    {
        var events = db.Set<AuditEventRow>().AsNoTracking();
        if (Agency is not null)
        {
            events = events.Where(e => e.AgencyCode == Agency);
        }

        if (ClientId is not null)
        {
            events = events.Where(e => e.ClientId == ClientId);
        }

        if (OccurredFrom is not null)
        {
            events = events.Where(e => e.OccurredAt >= OccurredFrom);
        }

        if (OccurredBefore is not null)
        {
            events = events.Where(e => e.OccurredAt < OccurredBefore);
        }

        events = WithSubject(db, events, GraphTypes.HouseholdGraphType.Name, HouseholdKey);
        events = WithSubject(db, events, GraphTypes.MemberGraphType.Name, MemberKey);
        if (Coordinate is not null || Decision is not null)
        {
            // "sequence IN (subquery)": the subquery is a seek on the coordinate index, then each event by its key.
            var fields = db.Set<AuditFieldRow>().AsQueryable();
            if (Coordinate is not null)
            {
                fields = fields.Where(f => f.Coordinate == Coordinate);
            }

            if (Decision is not null)
            {
                fields = fields.Where(f => f.Decision == Decision);
            }

            var sequences = fields.Select(f => f.Sequence);
            events = events.Where(e => sequences.Contains(e.Sequence));
        }

        return events;
    }

    private static IQueryable<AuditEventRow> WithSubject(HubDbContext db, IQueryable<AuditEventRow> events, string kind, long? key)
    {
        if (key is null)
        {
            return events;
        }

        // Subjects are recorded by the hub's key in decimal (the id member of the row the schema returned).
        var id = key.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sequences = db.Set<AuditSubjectRow>().Where(s => s.SubjectKind == kind && s.SubjectId == id).Select(s => s.Sequence);
        return events.Where(e => sequences.Contains(e.Sequence));
    }
}
