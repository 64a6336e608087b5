using IntegrationHub.Api.Paging;

namespace IntegrationHub.Api.Eligibility;

/// <summary>One page of an eligibility list: the entries after the cursor in key order, whether more follow, the
/// as-of day, and a way to count the whole list, run (one more query) only when the client selects <c>totalCount</c>.</summary>
/// <typeparam name="TEntry">A member or a household entry.</typeparam>
public sealed class EligibilityPage<TEntry> : IPageInfo
    where TEntry : IEligibilityEntry
{
    private readonly Func<CancellationToken, Task<int>> _count;

    internal EligibilityPage(string ordering, DateOnly asOf, IReadOnlyList<TEntry> entries, bool hasNextPage,
        Func<CancellationToken, Task<int>> count)
    {
        Ordering = ordering;
        AsOf = asOf;
        Entries = entries;
        HasNextPage = hasNextPage;
        _count = count;
    }

    /// <summary>The ordering signature the page's cursors carry.</summary>
    public string Ordering { get; }

    /// <summary>The day ages and the policy in force were taken at.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The entries on the page, in key order.</summary>
    public IReadOnlyList<TEntry> Entries { get; }

    /// <inheritdoc />
    public bool HasNextPage { get; }

    /// <inheritdoc />
    public string? EndCursor => Entries.Count == 0 ? null : CursorOf(Entries[^1]);

    /// <summary>The cursor positioned after <paramref name="entry"/>.</summary>
    public string CursorOf(TEntry entry) => new KeysetCursor(Ordering, [], entry.Key).Encode();

    /// <summary>How many entries the whole list holds in the caller's area.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) => _count(cancellationToken);
}
