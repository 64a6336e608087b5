namespace IntegrationHub.Policies;

/// <summary>One thing wrong with a policy set, and where.</summary>
/// <param name="Code">Which rule it breaks.</param>
/// <param name="Location">The file, line and column of the offending value.</param>
/// <param name="Message">A sentence naming what is wrong, quoting the value.</param>
public sealed record PolicyError(PolicyErrorCode Code, SourceLocation Location, string Message)
{
    /// <summary><c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
