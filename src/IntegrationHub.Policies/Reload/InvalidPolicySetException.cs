namespace IntegrationHub.Policies;

/// <summary>Thrown when the policy set is invalid at start-up: the hub must not serve without valid policies.</summary>
public sealed class InvalidPolicySetException : Exception
{
    /// <summary>Creates the exception listing <paramref name="errors"/>, one <c>file:line:column: message</c> a line.</summary>
    public InvalidPolicySetException(IReadOnlyList<PolicyError> errors)
        : base("The policy set is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors)) => Errors = errors;

    /// <summary>The errors.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }
}
