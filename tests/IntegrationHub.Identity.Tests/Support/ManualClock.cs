namespace IntegrationHub.Identity.Tests.Support;

/// <summary>A clock the test moves by hand. It starts at the real time (whole seconds), because the Node client
/// signs its assertions with the real clock.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
