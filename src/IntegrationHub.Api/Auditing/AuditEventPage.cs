using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Audit;
using IntegrationHub.Data.Audit;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Auditing;

/// <summary>One page of an <c>AuditEventConnection</c>: the events after the cursor in sequence order, read back
/// from their stored canonical form, and whether more follow.</summary>
public sealed class AuditEventPage : IPageInfo
{
    /// <summary>The ordering signature of audit event cursors.</summary>
    public const string Ordering = "SEQUENCE";

    /// <summary>The error code of a stored event that cannot be read back: the log was tampered with.</summary>
    public const string UnreadableEventCode = "AUDIT_EVENT_UNREADABLE";

    private AuditEventPage(IReadOnlyList<SealedAuditEvent> events, bool hasNextPage)
    {
        Events = events;
        HasNextPage = hasNextPage;
    }

    /// <summary>The events on the page, in sequence order.</summary>
    public IReadOnlyList<SealedAuditEvent> Events { get; }

    /// <inheritdoc />
    public bool HasNextPage { get; }

    /// <inheritdoc />
    public string? EndCursor => Events.Count == 0 ? null : CursorOf(Events[^1]);

    /// <summary>The cursor after <paramref name="auditEvent"/>.</summary>
    public static string CursorOf(SealedAuditEvent auditEvent) => new KeysetCursor(Ordering, [], auditEvent.Sequence).Encode();

    /// <summary>The sequence after which the page starts: 0 without a cursor.</summary>
    /// <exception cref="FieldErrorException">The cursor is not one this connection issued.</exception>
    public static long AfterSequence(string? after) => after is null ? 0 : KeysetCursor.Decode(after, Ordering, 0).Id;

    /// <summary>Loads the <paramref name="first"/> events after <paramref name="afterSequence"/> that meet
    /// <paramref name="filter"/>: one query, reading one row more than asked to learn whether another page follows.</summary>
    /// <exception cref="FieldErrorException">A stored event on the page cannot be read back (<see cref="UnreadableEventCode"/>).</exception>
    public static async Task<AuditEventPage> LoadAsync(
        RequestDatabase database, AuditEventFilter filter, int first, long afterSequence, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync(
            (db, token) => filter.Apply(db)
                .Where(e => e.Sequence > afterSequence)
                .OrderBy(e => e.Sequence)
                .Take(first + 1)
                .Select(e => new StoredRow(e.Sequence, e.CanonicalForm, e.PreviousHash, e.Hash))
                .ToListAsync(token),
            cancellationToken);
        var hasNextPage = rows.Count > first;
        return new AuditEventPage([.. rows.Take(first).Select(Read)], hasNextPage);
    }

    private static SealedAuditEvent Read(StoredRow row)
    {
        try
        {
            var (eventId, auditEvent) = AuditCanonicalText.Parse(row.CanonicalForm);
            return new SealedAuditEvent(row.Sequence, eventId, auditEvent, row.PreviousHash, row.Hash);
        }
        catch (FormatException exception)
        {
            throw new FieldErrorException(
                $"Audit event {row.Sequence} cannot be read back ({exception.Message}): the stored log was altered; verifyAuditChain names the first bad event.",
                code: UnreadableEventCode);
        }
    }

    private sealed record StoredRow(long Sequence, string CanonicalForm, string PreviousHash, string Hash);
}
