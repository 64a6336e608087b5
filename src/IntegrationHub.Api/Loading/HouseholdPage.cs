using IntegrationHub.Api.Access;
using IntegrationHub.Api.Paging;
using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Loading;

/// <summary>One page of a <c>HouseholdConnection</c>: the households after the cursor in the requested order,
/// whether more follow, and the query without its page bounds, so that <c>totalCount</c> is counted (one more
/// query) only when the client selects it.</summary>
public sealed class HouseholdPage : IPageInfo
{
    private readonly RequestDatabase _database;
    private readonly Func<IQueryable<Household>, IQueryable<Household>> _matching;

    private HouseholdPage(
        RequestDatabase database,
        Func<IQueryable<Household>, IQueryable<Household>> matching,
        IReadOnlyList<HouseholdEdge> edges,
        bool hasNextPage)
    {
        _database = database;
        _matching = matching;
        Edges = edges;
        HasNextPage = hasNextPage;
    }

    /// <summary>The households on the page, in the requested order, with their cursors.</summary>
    public IReadOnlyList<HouseholdEdge> Edges { get; }

    /// <summary>The households on the page, in the requested order.</summary>
    public IReadOnlyList<HouseholdRow> Households => [.. Edges.Select(e => e.Node)];

    /// <summary>Whether households follow the last one on the page.</summary>
    public bool HasNextPage { get; }

    /// <summary>The cursor after the last household; null for an empty page.</summary>
    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    /// <summary>Loads the page of <paramref name="first"/> households after <paramref name="after"/> (from the
    /// start when null): one query, keyset-bounded (never OFFSET), which reads one row more than asked to learn
    /// whether another page follows, and only the columns of <paramref name="projection"/>.</summary>
    public static async Task<HouseholdPage> LoadAsync(
        RequestDatabase database,
        CallerArea area,
        HouseholdFilter filter,
        HouseholdOrder order,
        KeysetCursor? after,
        int first,
        RowProjection<Data.Model.Household, HouseholdRow>.Selection projection,
        CancellationToken cancellationToken)
    {
        IQueryable<Household> Matching(IQueryable<Household> households) =>
            filter.Apply(area.Apply(households, h => h.VillageCode));

        var rows = await database.QueryAsync(
            (db, token) =>
            {
                var households = Matching(db.Households);
                if (after is not null)
                {
                    households = order.After(households, after);
                }

                return order.Sort(households).Take(first + 1).Select(projection.Expression).ToListAsync(token);
            },
            cancellationToken);
        var hasNextPage = rows.Count > first;
        var edges = rows.Take(first).Select(row => new HouseholdEdge(row, order)).ToList();
        return new HouseholdPage(database, Matching, edges, hasNextPage);
    }

    /// <summary>How many households the filter keeps in the caller's area across all pages.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        _database.QueryAsync((db, token) => _matching(db.Households).CountAsync(token), cancellationToken);
}

/// <summary>A household on a page and the cursor positioned after it.</summary>
/// <param name="Node">The household.</param>
/// <param name="Order">The page's ordering, which makes the cursor.</param>
public sealed record HouseholdEdge(HouseholdRow Node, HouseholdOrder Order)
{
    /// <summary>The opaque cursor to pass as <c>after</c> to continue after this household.</summary>
    public string Cursor => Order.CursorOf(Node).Encode();
}
