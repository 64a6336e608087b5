namespace IntegrationHub.Api.Profiles;

/// <summary>A household count as a profile publishes it: the number, or nothing when publishing it could
/// identify households (see <see cref="SmallCellSuppression"/>).</summary>
/// <param name="Count">The number of households; null when suppressed.</param>
public sealed record ProfileCell(int? Count)
{
    /// <summary>A count withheld.</summary>
    public static ProfileCell Suppressed { get; } = new((int?)null);

    /// <summary>Whether the count is withheld.</summary>
    public bool IsSuppressed => Count is null;
}
