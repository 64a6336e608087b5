using IntegrationHub.Api.Paging;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Loading;

/// <summary>One page of a <c>HouseholdConnection</c>: the households after the cursor, whether more follow, and
/// the filter, so that <c>totalCount</c> is counted (one more query) only when the client selects it.</summary>
public sealed class HouseholdPage
{
    private readonly RequestDatabase _database;
    private readonly HouseholdFilter _filter;

    private HouseholdPage(RequestDatabase database, HouseholdFilter filter, IReadOnlyList<HouseholdRow> households, bool hasNextPage)
    {
        _database = database;
        _filter = filter;
        Households = households;
        HasNextPage = hasNextPage;
    }

    /// <summary>The households on the page, in key order.</summary>
    public IReadOnlyList<HouseholdRow> Households { get; }

    /// <summary>Whether households follow the last one on the page.</summary>
    public bool HasNextPage { get; }

    /// <summary>The cursor after the last household; null for an empty page.</summary>
    public string? EndCursor => Households.Count == 0 ? null : KeysetCursor.Encode(Households[^1].Id);

    /// <summary>Loads the page of <paramref name="first"/> households after key <paramref name="afterKey"/> (0 for
    /// the first page): one query, which reads one row more than asked to learn whether another page follows.</summary>
    public static async Task<HouseholdPage> LoadAsync(
        RequestDatabase database, HouseholdFilter filter, int first, long afterKey, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync(
            (db, token) => filter.Apply(db.Households)
                .Where(h => h.Id > afterKey)
                .OrderBy(h => h.Id)
                .Take(first + 1)
                .Select(HouseholdRow.FromEntity)
                .ToListAsync(token),
            cancellationToken);
        var hasNextPage = rows.Count > first;
        return new HouseholdPage(database, filter, hasNextPage ? rows[..first] : rows, hasNextPage);
    }

    /// <summary>How many households the filter keeps across all pages.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        _database.QueryAsync((db, token) => _filter.Apply(db.Households).CountAsync(token), cancellationToken);
}
