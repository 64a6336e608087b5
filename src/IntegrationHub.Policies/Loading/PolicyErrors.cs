namespace IntegrationHub.Policies;

/// <summary>Collects the errors of one load, so that one run reports every problem rather than the first.</summary>
internal sealed class PolicyErrors
{
    private readonly List<PolicyError> _errors = [];

    public IReadOnlyList<PolicyError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(PolicyErrorCode code, SourceLocation location, string message) =>
        _errors.Add(new PolicyError(code, location, message));
}
