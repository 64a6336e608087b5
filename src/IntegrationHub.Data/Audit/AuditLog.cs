using System.Runtime.CompilerServices;
using IntegrationHub.Audit;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Audit;

/// <summary>Reads the stored audit log for verification and export, in sequence order and a page at a time, so
/// that no range, however long, is held in memory or in one long-running statement.</summary>
public sealed class AuditLog(HubDbContext db)
{
    /// <summary>How many events one read fetches, with their index rows.</summary>
    public const int PageSize = 500;

    /// <summary>The highest stored sequence; 0 when the log is empty.</summary>
    public async Task<long> HeadSequenceAsync(CancellationToken cancellationToken) =>
        await db.Set<AuditEventRow>().MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;

    /// <summary>How many events are stored from <paramref name="from"/> to <paramref name="to"/> (to the head when null).</summary>
    public Task<int> CountAsync(long from, long? to, CancellationToken cancellationToken) =>
        InRange(from, to).CountAsync(cancellationToken);

    /// <summary>The stored rows from <paramref name="from"/> to <paramref name="to"/> (to the head when null), in
    /// sequence order, each with its subject and field rows: three queries per <see cref="PageSize"/> events.</summary>
    public async IAsyncEnumerable<AuditEventRow> ReadAsync(long from, long? to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = from;
        while (true)
        {
            var page = await InRange(next, to).OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var (first, last) = (page[0].Sequence, page[^1].Sequence);
            var subjects = (await db.Set<AuditSubjectRow>().AsNoTracking()
                    .Where(s => s.Sequence >= first && s.Sequence <= last).ToListAsync(cancellationToken))
                .ToLookup(s => s.Sequence);
            var fields = (await db.Set<AuditFieldRow>().AsNoTracking()
                    .Where(f => f.Sequence >= first && f.Sequence <= last).ToListAsync(cancellationToken))
                .ToLookup(f => f.Sequence);
            foreach (var row in page)
            {
                row.Subjects = [.. subjects[row.Sequence].OrderBy(s => s.ItemNumber)];
                row.Fields = [.. fields[row.Sequence].OrderBy(f => f.ItemNumber)];
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            next = last + 1;
        }
    }

    /// <summary>Verifies the chain from <paramref name="from"/> to <paramref name="to"/> (to the head when null),
    /// recomputing every hash from the stored canonical form, and names the first bad sequence: an altered,
    /// missing or reordered event, or a row whose search columns or index rows disagree with its canonical form.
    /// Deleting the newest events leaves no gap to find; compare the head with a receipt or an earlier export.</summary>
    public async Task<AuditChainReport> VerifyAsync(long from, long? to, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        var anchor = AuditChain.GenesisHash;
        if (from > 1)
        {
            var before = await db.Set<AuditEventRow>().AsNoTracking()
                .Where(e => e.Sequence == from - 1).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken);
            if (before is null)
            {
                return new AuditChainReport(0, from - 1, "it is missing, so the range cannot be anchored to the chain");
            }

            anchor = before;
        }

        var unreadable = new UnreadableRow();
        var report = await AuditChainVerifier.VerifyAsync(SealedAsync(from, to, unreadable, cancellationToken), from, anchor, cancellationToken);
        if (!report.IsValid)
        {
            return report;
        }

        // Events missing where the stream stopped show no jump to the verifier: an unreadable row after them, or
        // (at the end of the range) a later stored event, proves them gone.
        var nextExpected = from + report.CheckedCount;
        var nextStored = unreadable.Sequence
            ?? (to is not null && nextExpected <= to && await HeadSequenceAsync(cancellationToken) >= nextExpected ? to + 1 : null);
        if (nextStored is null)
        {
            return report;
        }

        return nextStored > nextExpected
            ? new AuditChainReport(report.CheckedCount, nextExpected, "it is missing: later events are stored")
            : new AuditChainReport(report.CheckedCount, nextExpected, unreadable.Problem);
    }

    private IQueryable<AuditEventRow> InRange(long from, long? to)
    {
        var rows = db.Set<AuditEventRow>().AsNoTracking().Where(e => e.Sequence >= from);
        return to is null ? rows : rows.Where(e => e.Sequence <= to);
    }

    /// <summary>The sealed events of the range; stops at the first row that cannot be read back, noting it, so
    /// that the verifier's report covers the rows before it.</summary>
    private async IAsyncEnumerable<SealedAuditEvent> SealedAsync(
        long from, long? to, UnreadableRow unreadable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in ReadAsync(from, to, cancellationToken))
        {
            SealedAuditEvent sealedEvent;
            try
            {
                sealedEvent = StoredAuditEvent.Sealed(row);
            }
            catch (FormatException exception)
            {
                unreadable.Sequence = row.Sequence;
                unreadable.Problem = exception.Message;
                yield break;
            }

            yield return sealedEvent;
        }
    }

    private sealed class UnreadableRow
    {
        public long? Sequence { get; set; }

        public string? Problem { get; set; }
    }
}
