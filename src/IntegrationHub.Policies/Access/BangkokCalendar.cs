namespace IntegrationHub.Policies;

/// <summary>Turns instants into the Thai calendar dates MOUs are written in.</summary>
public static class BangkokCalendar
{
    /// <summary>Thailand's offset from UTC. Fixed: Thailand has kept UTC+7 without daylight saving since 1920, so no
    /// time-zone database is needed (and none can be missing on a server).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The Asia/Bangkok calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
