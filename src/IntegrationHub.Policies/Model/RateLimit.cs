namespace IntegrationHub.Policies;

/// <summary>How many requests an MOU's grantee may make per window.</summary>
/// <param name="Requests">Requests allowed in one window; at least 1.</param>
/// <param name="Window">The window: one second, minute, hour or day.</param>
public sealed record RateLimit(int Requests, TimeSpan Window)
{
    /// <inheritdoc />
    public override string ToString() => $"{Requests} requests per {WindowName(Window)}";

    /// <summary>The window names MOU files use, with their lengths.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> Windows { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        ["second"] = TimeSpan.FromSeconds(1),
        ["minute"] = TimeSpan.FromMinutes(1),
        ["hour"] = TimeSpan.FromHours(1),
        ["day"] = TimeSpan.FromDays(1),
    };

    private static string WindowName(TimeSpan window) =>
        Windows.FirstOrDefault(pair => pair.Value == window).Key ?? window.ToString();
}
