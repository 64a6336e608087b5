namespace IntegrationHub.Api.Profiles;

/// <summary>Decides which household counts of an area profile are withheld, so that no household can be singled
/// out from the aggregates.</summary>
/// <remarks>
/// <para>Primary suppression: a count of 1 to <see cref="Threshold"/> - 1 households is withheld. Zero is
/// published: it says that no household has the trait, which identifies no one.</para>
/// <para>Complementary suppression: a breakdown divides the area's total among published cells and a remainder that
/// is never published (households in none of the cells, such as households never scored). When the total is
/// published and exactly one cell of the breakdown is hidden, be it a suppressed cell or the remainder, that one
/// is the total minus the rest and can be recovered by subtraction. If it is a small count, the smallest other
/// non-zero cell is withheld too, so two unknowns share one known sum. A breakdown that is not a partition, such
/// as "households with a health problem", is a breakdown of one cell whose remainder is the households without
/// one; so a published count whose complement is small is withheld as well.</para>
/// <para>The rule protects one profile. Differencing across profiles (a district against all of its
/// subdistricts) or across time is not prevented here.</para>
/// </remarks>
public static class SmallCellSuppression
{
    /// <summary>The smallest household count published other than zero.</summary>
    public const int Threshold = 5;

    /// <summary>The area's total, withheld when small.</summary>
    public static ProfileCell Total(int total) => IsSmall(total) ? ProfileCell.Suppressed : new ProfileCell(total);

    /// <summary>The cells of one breakdown of <paramref name="total"/> households, in the order given.</summary>
    /// <param name="total">The households of the area; <paramref name="cells"/> count disjoint subsets of them.</param>
    /// <param name="cells">The household count of each published cell.</param>
    /// <exception cref="ArgumentException">A cell is negative, or the cells add up to more than the total.</exception>
    public static IReadOnlyList<ProfileCell> Breakdown(int total, IReadOnlyList<int> cells)
    {
        if (cells.Any(count => count < 0) || cells.Sum() > total)
        {
            throw new ArgumentException(
                $"The cells ({string.Join(", ", cells)}) must be non-negative counts of disjoint subsets of the {total} households.",
                nameof(cells));
        }

        var suppressed = cells.Select(IsSmall).ToArray();
        var remainder = total - cells.Sum();

        // A small total withholds itself, and every non-zero cell is then small too: nothing can be subtracted.
        var onlyHiddenCellIsSmall = !IsSmall(total)
            && (suppressed.Count(s => s) == 1 && remainder == 0
                || suppressed.All(s => !s) && IsSmall(remainder));
        if (onlyHiddenCellIsSmall)
        {
            // Total >= Threshold and the one hidden count is below it, so a non-zero published cell exists.
            var complement = Enumerable.Range(0, cells.Count)
                .Where(i => !suppressed[i] && cells[i] > 0)
                .OrderBy(i => cells[i])
                .First();
            suppressed[complement] = true;
        }

        return cells.Select((count, i) => suppressed[i] ? ProfileCell.Suppressed : new ProfileCell(count)).ToArray();
    }

    private static bool IsSmall(int count) => count is > 0 and < Threshold;
}
