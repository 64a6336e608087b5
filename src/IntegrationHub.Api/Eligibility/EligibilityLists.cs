using System.Linq.Expressions;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Eligibility;

/// <summary>Loads pages of the four eligibility lists: each page is one query, keyset-bounded on the member's or
/// household's key (never OFFSET), restricted in SQL to the caller's area, reading one row more than asked to learn
/// whether another page follows, and projecting only the columns an entry shows.</summary>
public static class EligibilityLists
{
    /// <summary>The ordering signature of member lists' cursors.</summary>
    public const string MemberOrdering = "MEMBER_ID";

    /// <summary>The ordering signature of household lists' cursors.</summary>
    public const string HouseholdOrdering = "HOUSEHOLD_ID";

    private static readonly IReadOnlyList<EligibilityCriterion> WelfareCardCriteria =
        [EligibilityCriterion.Adult, EligibilityCriterion.IncomeWithinLimit, EligibilityCriterion.NoWelfareCard];

    private static readonly IReadOnlyList<EligibilityCriterion> EefCriteria =
        [EligibilityCriterion.SchoolAge, EligibilityCriterion.HouseholdIncomePerPersonWithinLimit];

    private static readonly IReadOnlyList<EligibilityCriterion> CodiHousingCriteria = [EligibilityCriterion.LivingConditionsProblem];

    private static readonly Expression<Func<Household, HouseholdCandidate>> WithPohTeckTungFlags = Flagged(EligibilityRules.PohTeckTungCriteria);

    /// <summary>A page of the state welfare card list on <paramref name="asOf"/>.</summary>
    public static Task<EligibilityPage<EligibleMember>> WelfareCardAsync(
        RequestDatabase database, CallerArea area, WelfareCardPolicy policy, DateOnly asOf, long afterKey, int first,
        CancellationToken cancellationToken) =>
        MembersAsync(database, area, EligibilityRules.WelfareCard(policy, asOf), WelfareCardCriteria, asOf, afterKey, first, cancellationToken);

    /// <summary>A page of the Equitable Education Fund list on <paramref name="asOf"/>.</summary>
    public static Task<EligibilityPage<EligibleMember>> EefAsync(
        RequestDatabase database, CallerArea area, EefPolicy policy, DateOnly asOf, long afterKey, int first,
        CancellationToken cancellationToken) =>
        MembersAsync(database, area, EligibilityRules.Eef(policy, asOf), EefCriteria, asOf, afterKey, first, cancellationToken);

    /// <summary>A page of the CODI housing list.</summary>
    public static Task<EligibilityPage<EligibleHousehold>> CodiHousingAsync(
        RequestDatabase database, CallerArea area, DateOnly asOf, long afterKey, int first, CancellationToken cancellationToken) =>
        HouseholdsAsync(database, area, EligibilityRules.CodiHousing, asOf, afterKey, first,
            h => new HouseholdCandidate(h.Id, h.VillageCode, null), _ => CodiHousingCriteria, cancellationToken);

    /// <summary>A page of the Poh Teck Tung health list, each entry with the criteria its household meets.</summary>
    public static Task<EligibilityPage<EligibleHousehold>> PohTeckTungAsync(
        RequestDatabase database, CallerArea area, DateOnly asOf, long afterKey, int first, CancellationToken cancellationToken) =>
        HouseholdsAsync(database, area, EligibilityRules.PohTeckTung, asOf, afterKey, first,
            WithPohTeckTungFlags, candidate => candidate.Flags!.Criteria, cancellationToken);

    private static async Task<EligibilityPage<EligibleMember>> MembersAsync(
        RequestDatabase database, CallerArea area, Expression<Func<Member, bool>> rule, IReadOnlyList<EligibilityCriterion> criteria,
        DateOnly asOf, long afterKey, int first, CancellationToken cancellationToken)
    {
        IQueryable<Member> Listed(HubDbContext db) => area.Apply(db.Members.Where(rule), m => m.Household!.VillageCode);

        var rows = await database.QueryAsync(
            (db, token) => Listed(db)
                .Where(m => m.Id > afterKey)
                .OrderBy(m => m.Id)
                .Take(first + 1)
                .Select(m => new MemberCandidate(m.Id, m.HouseholdId, m.Household!.VillageCode, m.BirthDate, m.InSchool))
                .ToListAsync(token),
            cancellationToken);
        var entries = rows.Take(first)
            .Select(m => new EligibleMember(m.Id, m.HouseholdId, m.VillageCode, AgeOn(m.BirthDate, asOf), m.InSchool, criteria))
            .ToList();
        return new EligibilityPage<EligibleMember>(MemberOrdering, asOf, entries, rows.Count > first,
            token => database.QueryAsync((db, t) => Listed(db).CountAsync(t), token));
    }

    private static async Task<EligibilityPage<EligibleHousehold>> HouseholdsAsync(
        RequestDatabase database, CallerArea area, Expression<Func<Household, bool>> rule, DateOnly asOf, long afterKey, int first,
        Expression<Func<Household, HouseholdCandidate>> projection, Func<HouseholdCandidate, IReadOnlyList<EligibilityCriterion>> criteria,
        CancellationToken cancellationToken)
    {
        IQueryable<Household> Listed(HubDbContext db) => area.Apply(db.Households.Where(rule), h => h.VillageCode);

        var rows = await database.QueryAsync(
            (db, token) => Listed(db)
                .Where(h => h.Id > afterKey)
                .OrderBy(h => h.Id)
                .Take(first + 1)
                .Select(projection)
                .ToListAsync(token),
            cancellationToken);
        var entries = rows.Take(first).Select(h => new EligibleHousehold(h.Id, h.VillageCode, criteria(h))).ToList();
        return new EligibilityPage<EligibleHousehold>(HouseholdOrdering, asOf, entries, rows.Count > first,
            token => database.QueryAsync((db, t) => Listed(db).CountAsync(t), token));
    }

    /// <summary>Whole years from <paramref name="birthDate"/> to <paramref name="asOf"/>, counted as the rules count
    /// them (see <see cref="EligibilityRules"/>).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly asOf)
    {
        var age = asOf.Year - birthDate.Year;
        return birthDate > asOf.AddYears(-age) ? age - 1 : age;
    }

    /// <summary>The household projection with the Poh Teck Tung flags in it, built by substituting the flags
    /// expression's body so that EF Core translates it as part of one select.</summary>
    private static Expression<Func<Household, HouseholdCandidate>> Flagged(Expression<Func<Household, PohTeckTungFlags>> flags)
    {
        var household = flags.Parameters[0];
        var constructor = typeof(HouseholdCandidate).GetConstructors().Single();
        return Expression.Lambda<Func<Household, HouseholdCandidate>>(
            Expression.New(constructor,
                Expression.Property(household, nameof(Household.Id)),
                Expression.Property(household, nameof(Household.VillageCode)),
                flags.Body),
            household);
    }

    private sealed record MemberCandidate(long Id, long HouseholdId, string VillageCode, DateOnly BirthDate, bool InSchool);

    private sealed record HouseholdCandidate(long Id, string VillageCode, PohTeckTungFlags? Flags);
}
