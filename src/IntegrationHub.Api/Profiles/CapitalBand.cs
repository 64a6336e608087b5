namespace IntegrationHub.Api.Profiles;

/// <summary>A range of capital scores on the survey's 0-5 scale: from <see cref="Minimum"/> up to, but not including,
/// <see cref="Maximum"/>; the last band includes 5 itself.</summary>
/// <param name="Minimum">The lowest score in the band.</param>
/// <param name="Maximum">The score the band stops short of, but for the last band, which includes it.</param>
public sealed record CapitalBand(decimal Minimum, decimal Maximum)
{
    /// <summary>The bands, one point wide, lowest first.</summary>
    public static IReadOnlyList<CapitalBand> All { get; } = [new(0, 1), new(1, 2), new(2, 3), new(3, 4), new(4, 5)];
}
