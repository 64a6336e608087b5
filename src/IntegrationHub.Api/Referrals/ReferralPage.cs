using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Referrals;

/// <summary>One page of a <c>ReferralConnection</c>: the referrals after the cursor in key order, whether more
/// follow, and what selected them, so that <c>totalCount</c> costs a query only when the client asks for it.</summary>
public sealed class ReferralPage : IPageInfo
{
    /// <summary>The ordering signature of referral cursors: referrals are paged in key order.</summary>
    public const string Ordering = "REFERRAL_ID";

    private readonly RequestDatabase _database;
    private readonly Func<IQueryable<Referral>, IQueryable<Referral>> _select;

    private ReferralPage(
        RequestDatabase database, Func<IQueryable<Referral>, IQueryable<Referral>> select, IReadOnlyList<ReferralRow> referrals, bool hasNextPage)
    {
        _database = database;
        _select = select;
        Referrals = referrals;
        HasNextPage = hasNextPage;
    }

    /// <summary>The referrals on the page, in key order.</summary>
    public IReadOnlyList<ReferralRow> Referrals { get; }

    /// <summary>Whether referrals follow the last one on the page.</summary>
    public bool HasNextPage { get; }

    /// <summary>The cursor after the last referral; null for an empty page.</summary>
    public string? EndCursor => Referrals.Count == 0 ? null : CursorOf(Referrals[^1]);

    /// <summary>The cursor after <paramref name="referral"/>.</summary>
    public static string CursorOf(ReferralRow referral) => new KeysetCursor(Ordering, [], referral.Id).Encode();

    /// <summary>The key after which the page starts: 0 without a cursor.</summary>
    /// <exception cref="FieldErrorException">The cursor is not one this connection issued.</exception>
    public static long AfterKey(string? after) => after is null ? 0 : KeysetCursor.Decode(after, Ordering, 0).Id;

    /// <summary>Loads the page of <paramref name="first"/> referrals after key <paramref name="afterKey"/> (0 for the
    /// first page) that <paramref name="filter"/> keeps inside <paramref name="area"/>: one query, reading one row
    /// more than asked to learn whether another page follows.</summary>
    public static async Task<ReferralPage> LoadAsync(
        RequestDatabase database, CallerArea area, ReferralFilter filter, int first, long afterKey, CancellationToken cancellationToken)
    {
        IQueryable<Referral> Select(IQueryable<Referral> referrals) =>
            filter.Apply(area.Apply(referrals, r => r.Household!.VillageCode));

        var rows = await database.QueryAsync(
            (db, token) => Select(db.Referrals)
                .Where(r => r.Id > afterKey)
                .OrderBy(r => r.Id)
                .Take(first + 1)
                .Select(ReferralRow.FromEntity)
                .ToListAsync(token),
            cancellationToken);
        var hasNextPage = rows.Count > first;
        return new ReferralPage(database, Select, hasNextPage ? rows[..first] : rows, hasNextPage);
    }

    /// <summary>How many referrals the caller's area and the filter keep, across all pages.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        _database.QueryAsync((db, token) => _select(db.Referrals).CountAsync(token), cancellationToken);
}
