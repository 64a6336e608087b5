namespace IntegrationHub.Policies;

/// <summary>The outcome of loading a policy folder: a valid set, or the errors that prevent one.</summary>
public sealed class PolicyLoadResult
{
    private PolicyLoadResult(PolicySet? set, IReadOnlyList<PolicyError> errors)
    {
        Set = set;
        Errors = errors;
    }

    /// <summary>The loaded set; null when <see cref="Errors"/> is not empty.</summary>
    public PolicySet? Set { get; }

    /// <summary>Every error found, in file and line order.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    /// <summary>True when the set loaded.</summary>
    public bool IsValid => Set is not null;

    internal static PolicyLoadResult Valid(PolicySet set) => new(set, []);

    internal static PolicyLoadResult Invalid(IEnumerable<PolicyError> errors) =>
        new(null, errors
            .OrderBy(error => error.Location.File, StringComparer.Ordinal)
            .ThenBy(error => error.Location.Line)
            .ThenBy(error => error.Location.Column)
            .ToList());
}
