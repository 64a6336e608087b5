using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Profiles;

/// <summary>The published profile of an area: counts of the households in the programme, whole and broken down,
/// each cell already passed through <see cref="SmallCellSuppression"/>.</summary>
/// <param name="Area">The area profiled.</param>
/// <param name="Households">Households in the programme in the area.</param>
/// <param name="ByGroup">Households per programme group, every group listed.</param>
/// <param name="ByCapital">Per capital, households per score band of their latest survey round.</param>
/// <param name="ByDimension">Per problem dimension, households with at least one problem on it.</param>
public sealed record PovertyProfile(
    ProfileArea Area,
    ProfileCell Households,
    IReadOnlyList<GroupCount> ByGroup,
    IReadOnlyList<CapitalDistribution> ByCapital,
    IReadOnlyList<DimensionCount> ByDimension)
{
    /// <summary>Counts the households of <paramref name="area"/> that <paramref name="callerArea"/> lets the caller
    /// see (<see cref="AreaCounts"/>) and publishes the counts with small cells suppressed.</summary>
    /// <remarks>The caller's area is applied in every count on top of the requested area, so no count can include
    /// a household outside the MOU whatever area was asked for.</remarks>
    public static async Task<PovertyProfile> LoadAsync(
        RequestDatabase database, CallerArea callerArea, ProfileArea area, CancellationToken cancellationToken)
    {
        var counts = await database.QueryAsync(
            (db, token) => AreaCounts.CountAsync(db, callerArea, area.Code, token), cancellationToken);
        return Publish(area, counts);
    }

    /// <summary>The profile of <paramref name="counts"/>, every breakdown suppressed against the total.</summary>
    private static PovertyProfile Publish(ProfileArea area, AreaCounts counts)
    {
        var total = counts.Total;
        var groups = Enum.GetValues<HouseholdGroup>();
        var groupCells = SmallCellSuppression.Breakdown(total, groups.Select(g => counts.ByGroup.GetValueOrDefault(g)).ToArray());
        // Each dimension is its own breakdown: households with the problem, and (unpublished) those without.
        var byDimension = Enum.GetValues<ProblemDimension>()
            .Select(d => new DimensionCount(d, SmallCellSuppression.Breakdown(total, [counts.ByDimension.GetValueOrDefault(d)])[0]))
            .ToArray();
        var byCapital = LivelihoodCapital.All.Select((capital, c) =>
        {
            // Households never scored are the breakdown's unpublished remainder.
            var cells = SmallCellSuppression.Breakdown(total, CapitalBand.All.Select((_, b) => counts.ByBand[c].GetValueOrDefault(b)).ToArray());
            return new CapitalDistribution(capital, CapitalBand.All.Zip(cells, (band, cell) => new CapitalBandCount(band, cell)).ToArray());
        }).ToArray();

        return new PovertyProfile(
            area,
            SmallCellSuppression.Total(total),
            groups.Zip(groupCells, (group, cell) => new GroupCount(group, cell)).ToArray(),
            byCapital,
            byDimension);
    }
}

/// <summary>The households of one programme group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Households">How many, or suppressed.</param>
public sealed record GroupCount(HouseholdGroup Group, ProfileCell Households);

/// <summary>The households of one problem dimension: those with at least one problem recorded on it.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Households">How many, or suppressed.</param>
public sealed record DimensionCount(ProblemDimension Dimension, ProfileCell Households);

/// <summary>How the households' latest scores on one capital spread over the bands.</summary>
/// <param name="Capital">The capital.</param>
/// <param name="Bands">Every band, lowest first.</param>
public sealed record CapitalDistribution(LivelihoodCapital Capital, IReadOnlyList<CapitalBandCount> Bands);

/// <summary>The households whose latest score on a capital lies in one band.</summary>
/// <param name="Band">The band.</param>
/// <param name="Households">How many, or suppressed.</param>
public sealed record CapitalBandCount(CapitalBand Band, ProfileCell Households);
