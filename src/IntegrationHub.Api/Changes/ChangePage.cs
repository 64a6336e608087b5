using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Changes;

/// <summary>One page of the household change feed: the changes after a feed position, in feed order, within the
/// caller's area.</summary>
/// <remarks>The feed is safe to read up to its end at any moment: the data layer hands out sequences under a lock
/// held until the writing transaction commits (<c>ChangeSequences</c>), so sequences become visible in order and a
/// consumer that has seen N will never later find an N-1 it skipped. No settle window is needed.</remarks>
public sealed class ChangePage
{
    /// <summary>The ordering signature of feed cursors: a cursor is a feed position.</summary>
    public const string Ordering = "CHANGE_SEQUENCE";

    private ChangePage(IReadOnlyList<ChangeRow> changes, bool hasNextPage, long afterSequence)
    {
        Changes = changes;
        HasNextPage = hasNextPage;
        EndCursor = changes.Count > 0 ? CursorAfter(changes[^1].Sequence)
            : afterSequence > 0 ? CursorAfter(afterSequence)
            : null;
    }

    /// <summary>The changes on the page, in feed order.</summary>
    public IReadOnlyList<ChangeRow> Changes { get; }

    /// <summary>Whether changes follow the last one on the page.</summary>
    public bool HasNextPage { get; }

    /// <summary>Where the next pull starts: after the last change on the page, or where this pull started when the
    /// page is empty, so a consumer can always store it; null only for an empty pull from the beginning.</summary>
    public string? EndCursor { get; }

    /// <summary>The cursor positioned after the change with <paramref name="sequence"/>.</summary>
    public static string CursorAfter(long sequence) => new KeysetCursor(Ordering, [], sequence).Encode();

    /// <summary>The feed position after which the page starts: 0 (the start of the feed) without a cursor.</summary>
    /// <exception cref="FieldErrorException">The cursor is not one the feed issued.</exception>
    public static long AfterSequence(string? after) => after is null ? 0 : KeysetCursor.Decode(after, Ordering, 0).Id;

    /// <summary>Loads <paramref name="first"/> changes after <paramref name="afterSequence"/> (0 for the start of
    /// the feed) inside <paramref name="area"/>: one query, reading one entry more than asked to learn whether
    /// another page follows.</summary>
    public static async Task<ChangePage> LoadAsync(
        RequestDatabase database, CallerArea area, int first, long afterSequence, CancellationToken cancellationToken)
    {
        // Each entry carries the household's village at the time of the change, so deletions in the area are
        // still found after the household row is gone.
        var rows = await database.QueryAsync(
            (db, token) => area.Apply(db.Changes, c => c.VillageCode)
                .Where(c => c.Sequence > afterSequence)
                .OrderBy(c => c.Sequence)
                .Take(first + 1)
                .Select(ChangeRow.FromEntity)
                .ToListAsync(token),
            cancellationToken);
        var hasNextPage = rows.Count > first;
        return new ChangePage(hasNextPage ? rows[..first] : rows, hasNextPage, afterSequence);
    }
}
