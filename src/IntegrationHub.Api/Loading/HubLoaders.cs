using IntegrationHub.Api.Access;
using IntegrationHub.Data;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Loading;

/// <summary>The request's batched loads: each collects the keys asked for while the executor works through one
/// level of the response and answers them with one query, so a page of households costs one query per nested
/// field, not one per household. Every query keeps to the caller's area (<see cref="RequestCaller"/>): a record
/// outside it is never read, so it is missing rather than hidden.</summary>
/// <remarks>The household and member loads read only the columns the current field's selection shows (see
/// <see cref="SelectedFields"/>), so they must be called from a field whose type is <c>Household</c> or
/// <c>Member</c> (or a list of them, or an interface they implement); loads that need other columns batch
/// separately.</remarks>
public static class HubLoaders
{
    /// <summary>The household with key <paramref name="id"/>, or null when there is none in the caller's area.</summary>
    public static Task<HouseholdRow?> HouseholdAsync(IResolverContext context, long id)
    {
        var projection = HouseholdRow.Columns.For(SelectedFields.Below(context.FieldNodes, context.Fragments));
        return ById(context, "Household.byId|" + projection.Key, id, (db, area, ids) =>
            db.VisibleHouseholds(area).Where(h => ids.Contains(h.Id)).Select(projection.Expression), h => h.Id);
    }

    /// <summary>The member with key <paramref name="id"/>, or null when there is none in the caller's area.</summary>
    public static Task<MemberRow?> MemberAsync(IResolverContext context, long id)
    {
        var projection = MemberRow.Columns.For(SelectedFields.Below(context.FieldNodes, context.Fragments));
        return ById(context, "Member.byId|" + projection.Key, id, (db, area, ids) =>
            area.Apply(db.Members, m => m.Household!.VillageCode).Where(m => ids.Contains(m.Id)).Select(projection.Expression), m => m.Id);
    }

    /// <summary>The referral with key <paramref name="id"/>, or null when there is none in the caller's area.</summary>
    public static Task<ReferralRow?> ReferralAsync(IResolverContext context, long id) =>
        ById(context, "Referral.byId", id, (db, area, ids) =>
            db.Referrals.WithinArea(db, area, r => r.HouseholdId).Where(r => ids.Contains(r.Id)).Select(ReferralRow.FromEntity), r => r.Id);

    /// <summary>The members of household <paramref name="householdId"/>, in key order.</summary>
    public static Task<IReadOnlyList<MemberRow>> MembersOfAsync(IResolverContext context, long householdId)
    {
        var projection = MemberRow.Columns.For(SelectedFields.Below(context.FieldNodes, context.Fragments));
        return OfParent(context, "Household.members|" + projection.Key, householdId, (db, area, ids) =>
            area.Apply(db.Members, m => m.Household!.VillageCode)
                .Where(m => ids.Contains(m.HouseholdId)).OrderBy(m => m.Id).Select(projection.Expression), m => m.HouseholdId);
    }

    /// <summary>How many members household <paramref name="householdId"/> has, counted in SQL without loading them.</summary>
    public static async Task<int> MemberCountAsync(IResolverContext context, long householdId)
    {
        var database = RequestDatabase.Of(context);
        var area = RequestCaller.Of(context).Area;
        return await context.Batches
            .GetOrCreate("Household.memberCount", scheduler => new DataLoader<long, int>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, int>>(
                    async (db, t) => await area.Apply(db.Members, m => m.Household!.VillageCode)
                        .Where(m => ids.Contains(m.HouseholdId))
                        .GroupBy(m => m.HouseholdId)
                        .Select(g => new { HouseholdId = g.Key, Count = g.Count() })
                        .ToDictionaryAsync(g => g.HouseholdId, g => g.Count, t),
                    token)))
            .LoadAsync(householdId);
    }

    /// <summary>The scores of household <paramref name="householdId"/>'s latest survey round, or null when no
    /// round has scored it.</summary>
    public static Task<CapitalScoresRow?> LatestCapitalScoresAsync(IResolverContext context, long householdId) =>
        ById(context, "Household.capitalScores", householdId, (db, area, ids) =>
            db.CapitalScores.WithinArea(db, area, s => s.HouseholdId)
                .Where(s => ids.Contains(s.HouseholdId)
                    && s.Round == db.CapitalScores.Where(other => other.HouseholdId == s.HouseholdId).Max(other => other.Round))
                .Select(CapitalScoresRow.FromEntity),
            s => s.HouseholdId);

    /// <summary>The problems recorded for household <paramref name="householdId"/>, in key order.</summary>
    public static Task<IReadOnlyList<HouseholdProblemRow>> ProblemsOfAsync(IResolverContext context, long householdId) =>
        OfParent(context, "Household.problems", householdId, (db, area, ids) =>
            db.HouseholdProblems.WithinArea(db, area, p => p.HouseholdId)
                .Where(p => ids.Contains(p.HouseholdId)).OrderBy(p => p.Id).Select(HouseholdProblemRow.FromEntity), p => p.HouseholdId);

    /// <summary>The referrals of household <paramref name="householdId"/>, in key order.</summary>
    public static Task<IReadOnlyList<ReferralRow>> ReferralsOfAsync(IResolverContext context, long householdId) =>
        OfParent(context, "Household.referrals", householdId, (db, area, ids) =>
            db.Referrals.WithinArea(db, area, r => r.HouseholdId)
                .Where(r => ids.Contains(r.HouseholdId)).OrderBy(r => r.Id).Select(ReferralRow.FromEntity), r => r.HouseholdId);

    /// <summary>The help recorded on referral <paramref name="referralId"/>, in key order.</summary>
    public static Task<IReadOnlyList<AssistanceRow>> AssistanceOfAsync(IResolverContext context, long referralId) =>
        OfParent(context, "Referral.assistance", referralId, (db, area, ids) =>
        {
            var visibleReferrals = db.Referrals.WithinArea(db, area, r => r.HouseholdId).Select(r => r.Id);
            return db.AssistanceRecords
                .Where(a => ids.Contains(a.ReferralId) && visibleReferrals.Contains(a.ReferralId))
                .OrderBy(a => a.Id)
                .Select(AssistanceRow.FromEntity);
        }, a => a.ReferralId);

    /// <summary>One row per key, loaded for every key of the batch by one query.</summary>
    private static Task<TRow?> ById<TRow>(
        IResolverContext context, string batch, long key,
        Func<HubDbContext, CallerArea, IReadOnlyList<long>, IQueryable<TRow>> query, Func<TRow, long> keyOf)
        where TRow : class
    {
        var database = RequestDatabase.Of(context);
        var area = RequestCaller.Of(context).Area;
        return context.Batches
            .GetOrCreate(batch, scheduler => new DataLoader<long, TRow>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, TRow>>(
                    async (db, t) => await query(db, area, ids).ToDictionaryAsync(keyOf, t),
                    token)))
            .LoadAsync(key);
    }

    /// <summary>The rows of each parent key, in the query's order, loaded for every key of the batch by one query.</summary>
    private static async Task<IReadOnlyList<TRow>> OfParent<TRow>(
        IResolverContext context, string batch, long parentKey,
        Func<HubDbContext, CallerArea, IReadOnlyList<long>, IQueryable<TRow>> query, Func<TRow, long> parentOf)
    {
        var database = RequestDatabase.Of(context);
        var area = RequestCaller.Of(context).Area;
        var rows = await context.Batches
            .GetOrCreate(batch, scheduler => new DataLoader<long, TRow[]>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, TRow[]>>(
                    async (db, t) => (await query(db, area, ids).ToListAsync(t)).GroupBy(parentOf).ToDictionary(g => g.Key, g => g.ToArray()),
                    token)))
            .LoadAsync(parentKey);
        return rows ?? [];
    }
}
