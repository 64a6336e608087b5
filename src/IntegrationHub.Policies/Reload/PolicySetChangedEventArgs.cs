namespace IntegrationHub.Policies;

/// <summary>A new valid policy set has replaced the previous one.</summary>
/// <param name="previous">The set that was in force.</param>
/// <param name="current">The set now in force.</param>
public sealed class PolicySetChangedEventArgs(PolicySet previous, PolicySet current) : EventArgs
{
    /// <summary>The set that was in force.</summary>
    public PolicySet Previous { get; } = previous;

    /// <summary>The set now in force.</summary>
    public PolicySet Current { get; } = current;
}
