using System.Linq.Expressions;
using IntegrationHub.Api.Access;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>Keeps rows that hang off a household (capital scores, problems, referrals) inside the caller's area,
/// for entities without a navigation to their household: the row's household must be one of the households
/// <see cref="CallerArea.Apply"/> keeps, tested in SQL as <c>household_id IN (SELECT id ...)</c>.</summary>
internal static class AreaScope
{
    /// <summary>The rows of <paramref name="rows"/> whose household lies in <paramref name="area"/>.</summary>
    public static IQueryable<T> WithinArea<T>(
        this IQueryable<T> rows, HubDbContext db, CallerArea area, Expression<Func<T, long>> householdId)
    {
        if (area.Prefixes is null)
        {
            return rows;
        }

        var visible = area.Apply(db.Households, h => h.VillageCode).Select(h => h.Id);
        var contains = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(long)], visible.Expression, householdId.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(contains, householdId.Parameters));
    }

    /// <summary>The households of <paramref name="db"/> that lie in <paramref name="area"/>.</summary>
    public static IQueryable<Household> VisibleHouseholds(this HubDbContext db, CallerArea area) =>
        area.Apply(db.Households, h => h.VillageCode);
}
