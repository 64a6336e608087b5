using IntegrationHub.Audit;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Audit;

/// <summary>The transactional outbox of mutations' audit events (<see cref="AuditOutboxEntry"/>). A mutation
/// commits its changes before its request's audit event can be committed (the event needs the whole response, and
/// the chain is sealed by one writer), so a failing audit store would leave a change without a record. Staging the
/// drafted event in the mutation's own transaction closes that gap: either the request's event commits and the
/// staged copy is cleared, or the copy is recovered into the trail later. Delivery is at least once: an auditor
/// may find a change twice (the request's event and a recovered copy), never not at all.</summary>
public static class AuditOutbox
{
    /// <summary>The outcome of a recovered event: the request's changes committed, its own event did not.</summary>
    public const string RecoveredOutcome = "recovered";

    /// <summary>Adds <paramref name="draft"/> to <paramref name="db"/>'s unit of work, to be saved in the same
    /// transaction as the changes it records.</summary>
    public static void Stage(HubDbContext db, Guid requestKey, AuditEvent draft, DateTimeOffset stagedAt) =>
        db.Add(new AuditOutboxEntry
        {
            RequestKey = requestKey,
            StagedAt = stagedAt.UtcDateTime,
            CanonicalEvent = AuditCanonicalText.Of(Guid.Empty, draft),
        });

    /// <summary>Deletes what the request staged: its own event is committed.</summary>
    public static Task<int> ClearAsync(HubDbContext db, Guid requestKey, CancellationToken cancellationToken) =>
        db.Set<AuditOutboxEntry>().Where(e => e.RequestKey == requestKey).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The latest staged event of each request that staged before <paramref name="stagedBefore"/>, oldest
    /// request first, at most <paramref name="limit"/> requests.</summary>
    /// <exception cref="FormatException">A staged event is not in canonical form (the row was edited).</exception>
    public static async Task<IReadOnlyList<(Guid RequestKey, AuditEvent Draft)>> OverdueAsync(
        HubDbContext db, DateTimeOffset stagedBefore, int limit, CancellationToken cancellationToken)
    {
        var before = stagedBefore.UtcDateTime;
        var entries = db.Set<AuditOutboxEntry>().AsNoTracking();
        var latest = await entries
            .Where(e => e.StagedAt < before)
            .Where(e => e.Id == entries.Where(other => other.RequestKey == e.RequestKey).Max(other => other.Id))
            .OrderBy(e => e.Id)
            .Take(limit)
            .Select(e => new { e.RequestKey, e.CanonicalEvent })
            .ToListAsync(cancellationToken);
        return [.. latest.Select(e => (e.RequestKey, AuditCanonicalText.Parse(e.CanonicalEvent).Event))];
    }

    /// <summary>Whether the trail already holds the request's own event (its commit succeeded, the clearing did
    /// not): same request id and client, received at the same instant (within a millisecond, as PostgreSQL keeps
    /// microseconds). A seek on the <c>occurred_at</c> index.</summary>
    public static Task<bool> IsRecordedAsync(HubDbContext db, AuditEvent draft, CancellationToken cancellationToken)
    {
        var from = draft.OccurredAt.UtcDateTime.AddMilliseconds(-1);
        var to = draft.OccurredAt.UtcDateTime.AddMilliseconds(1);
        return db.Set<AuditEventRow>().AnyAsync(
            e => e.OccurredAt >= from && e.OccurredAt <= to && e.RequestId == draft.RequestId && e.ClientId == draft.ClientId,
            cancellationToken);
    }
}
