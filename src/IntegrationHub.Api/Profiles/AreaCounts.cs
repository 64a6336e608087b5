using System.Data;
using IntegrationHub.Api.Access;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Profiles;

/// <summary>The raw household counts of an area, before any suppression: never published as they are.</summary>
/// <param name="Total">Households in the programme in the area.</param>
/// <param name="ByGroup">Households per programme group; a group with none is absent.</param>
/// <param name="ByDimension">Households with at least one problem per dimension; a dimension with none is absent.</param>
/// <param name="ByBand">Per capital (in <see cref="LivelihoodCapital.All"/> order), households per band index of
/// their latest round; a band with none is absent.</param>
public sealed record AreaCounts(
    int Total,
    IReadOnlyDictionary<HouseholdGroup, int> ByGroup,
    IReadOnlyDictionary<ProblemDimension, int> ByDimension,
    IReadOnlyList<IReadOnlyDictionary<int, int>> ByBand)
{
    /// <summary>Counts the active households whose village code starts with <paramref name="areaCode"/> and lies
    /// inside <paramref name="callerArea"/>, with SQL aggregates only: no household row is read.</summary>
    /// <remarks>Households that have exited the programme are not counted: the profile describes who is poor now.
    /// All counts are taken in one snapshot (a repeatable-read transaction): were a household saved between two of
    /// them, the breakdowns would disagree with the total, and a withheld cell could be worked out from the
    /// difference. (SQLite has no snapshot level below serializable, so there the counts briefly hold the write
    /// lock.)</remarks>
    public static async Task<AreaCounts> CountAsync(
        HubDbContext db, CallerArea callerArea, string areaCode, CancellationToken cancellationToken)
    {
        await using var snapshot = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
            : null;
        var households = callerArea.Apply(db.Households, h => h.VillageCode)
            .Where(h => h.VillageCode.StartsWith(areaCode) && h.Status == HouseholdStatus.Active);

        var total = await households.CountAsync(cancellationToken);
        var byGroup = await households.GroupBy(h => h.Group)
            .Select(g => new { Group = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Group, g => g.Count, cancellationToken);
        var byDimension = await db.HouseholdProblems
            .Where(p => households.Any(h => h.Id == p.HouseholdId))
            .GroupBy(p => p.Dimension)
            // A household with two health problems is one household with a health problem.
            .Select(g => new { Dimension = g.Key, Count = g.Select(p => p.HouseholdId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Dimension, g => g.Count, cancellationToken);
        var latestScores = db.CapitalScores.Where(s => households.Any(h => h.Id == s.HouseholdId)
            && s.Round == db.CapitalScores.Where(other => other.HouseholdId == s.HouseholdId).Max(other => other.Round));
        var byBand = new List<IReadOnlyDictionary<int, int>>();
        foreach (var capital in LivelihoodCapital.All)
        {
            byBand.Add(await latestScores.GroupBy(capital.Band())
                .Select(g => new { Band = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Band, g => g.Count, cancellationToken));
        }

        return new AreaCounts(total, byGroup, byDimension, byBand);
    }
}
