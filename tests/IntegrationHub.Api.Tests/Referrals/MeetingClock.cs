namespace IntegrationHub.Api.Tests.Referrals;

/// <summary>A clock whose first reading waits until every participant has reached it. A mutation reads the clock
/// once it has read what it decides on and before it saves, so concurrent requests given this clock are known to
/// have all decided before any of them writes; later readings do not wait.</summary>
/// <param name="participants">How many requests must meet.</param>
public sealed class MeetingClock(int participants) : TimeProvider
{
    private readonly Barrier _barrier = new(participants);

    /// <summary>Whether every participant arrived.</summary>
    public bool Met { get; private set; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        if (_barrier.CurrentPhaseNumber == 0 && _barrier.SignalAndWait(TimeSpan.FromSeconds(20)))
        {
            Met = true;
        }

        return DateTimeOffset.UtcNow;
    }
}
