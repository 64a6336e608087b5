using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Loading;

/// <summary>The request's batched loads: each collects the keys asked for while the executor works through one
/// level of the response and answers them with one query, so a page of households costs one query per nested
/// field, not one per household.</summary>
public static class HubLoaders
{
    /// <summary>The household with key <paramref name="id"/>, or null when there is none.</summary>
    public static Task<HouseholdRow?> HouseholdAsync(IResolverContext context, long id)
    {
        var database = RequestDatabase.Of(context);
        return context.Batches
            .GetOrCreate("Household.byId", scheduler => new DataLoader<long, HouseholdRow>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, HouseholdRow>>(
                    async (db, t) => await db.Households.Where(h => ids.Contains(h.Id)).Select(HouseholdRow.FromEntity).ToDictionaryAsync(h => h.Id, t),
                    token)))
            .LoadAsync(id);
    }

    /// <summary>The member with key <paramref name="id"/>, or null when there is none.</summary>
    public static Task<MemberRow?> MemberAsync(IResolverContext context, long id)
    {
        var database = RequestDatabase.Of(context);
        return context.Batches
            .GetOrCreate("Member.byId", scheduler => new DataLoader<long, MemberRow>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, MemberRow>>(
                    async (db, t) => await db.Members.Where(m => ids.Contains(m.Id)).Select(MemberRow.FromEntity).ToDictionaryAsync(m => m.Id, t),
                    token)))
            .LoadAsync(id);
    }

    /// <summary>The referral with key <paramref name="id"/>, or null when there is none.</summary>
    public static Task<ReferralRow?> ReferralAsync(IResolverContext context, long id)
    {
        var database = RequestDatabase.Of(context);
        return context.Batches
            .GetOrCreate("Referral.byId", scheduler => new DataLoader<long, ReferralRow>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, ReferralRow>>(
                    async (db, t) => await db.Referrals.Where(r => ids.Contains(r.Id)).Select(ReferralRow.FromEntity).ToDictionaryAsync(r => r.Id, t),
                    token)))
            .LoadAsync(id);
    }

    /// <summary>The members of household <paramref name="householdId"/>, in key order.</summary>
    public static async Task<IReadOnlyList<MemberRow>> MembersOfAsync(IResolverContext context, long householdId)
    {
        var database = RequestDatabase.Of(context);
        var members = await context.Batches
            .GetOrCreate("Household.members", scheduler => new DataLoader<long, MemberRow[]>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, MemberRow[]>>(
                    async (db, t) =>
                    {
                        var rows = await db.Members
                            .Where(m => ids.Contains(m.HouseholdId))
                            .OrderBy(m => m.Id)
                            .Select(MemberRow.FromEntity)
                            .ToListAsync(t);
                        return rows.GroupBy(m => m.HouseholdId).ToDictionary(g => g.Key, g => g.ToArray());
                    },
                    token)))
            .LoadAsync(householdId);
        return members ?? [];
    }

    /// <summary>How many members household <paramref name="householdId"/> has, counted in SQL without loading them.</summary>
    public static async Task<int> MemberCountAsync(IResolverContext context, long householdId)
    {
        var database = RequestDatabase.Of(context);
        return await context.Batches
            .GetOrCreate("Household.memberCount", scheduler => new DataLoader<long, int>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, int>>(
                    async (db, t) => await db.Members
                        .Where(m => ids.Contains(m.HouseholdId))
                        .GroupBy(m => m.HouseholdId)
                        .Select(g => new { HouseholdId = g.Key, Count = g.Count() })
                        .ToDictionaryAsync(g => g.HouseholdId, g => g.Count, t),
                    token)))
            .LoadAsync(householdId);
    }

    /// <summary>The referrals of household <paramref name="householdId"/>, in key order.</summary>
    public static async Task<IReadOnlyList<ReferralRow>> ReferralsOfAsync(IResolverContext context, long householdId)
    {
        var database = RequestDatabase.Of(context);
        var referrals = await context.Batches
            .GetOrCreate("Household.referrals", scheduler => new DataLoader<long, ReferralRow[]>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, ReferralRow[]>>(
                    async (db, t) =>
                    {
                        var rows = await db.Referrals
                            .Where(r => ids.Contains(r.HouseholdId))
                            .OrderBy(r => r.Id)
                            .Select(ReferralRow.FromEntity)
                            .ToListAsync(t);
                        return rows.GroupBy(r => r.HouseholdId).ToDictionary(g => g.Key, g => g.ToArray());
                    },
                    token)))
            .LoadAsync(householdId);
        return referrals ?? [];
    }

    /// <summary>The help recorded on referral <paramref name="referralId"/>, in key order.</summary>
    public static async Task<IReadOnlyList<AssistanceRow>> AssistanceOfAsync(IResolverContext context, long referralId)
    {
        var database = RequestDatabase.Of(context);
        var assistance = await context.Batches
            .GetOrCreate("Referral.assistance", scheduler => new DataLoader<long, AssistanceRow[]>(scheduler, (ids, token) =>
                database.QueryAsync<IReadOnlyDictionary<long, AssistanceRow[]>>(
                    async (db, t) =>
                    {
                        var rows = await db.AssistanceRecords
                            .Where(a => ids.Contains(a.ReferralId))
                            .OrderBy(a => a.Id)
                            .Select(AssistanceRow.FromEntity)
                            .ToListAsync(t);
                        return rows.GroupBy(a => a.ReferralId).ToDictionary(g => g.Key, g => g.ToArray());
                    },
                    token)))
            .LoadAsync(referralId);
        return assistance ?? [];
    }
}
