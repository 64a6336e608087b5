using IntegrationHub.Api.Eligibility;
using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>The eligibility thresholds in force (<c>policies/eligibility/*.yaml</c>), loaded at start-up (a wrong
/// file stops the hub, naming it) and again whenever the policy set reloads, so that a threshold amended in the
/// policy folder applies from the same moment as the policy version hash that audit events record.</summary>
public sealed partial class EligibilityPolicySource : IDisposable
{
    private readonly PolicySetProvider _policies;
    private readonly string _folder;
    private readonly ILogger<EligibilityPolicySource> _logger;
    private EligibilityPolicies _current;

    /// <summary>Loads the thresholds of <paramref name="folder"/>.</summary>
    /// <exception cref="EligibilityPolicyException">A threshold file is missing or wrong.</exception>
    public EligibilityPolicySource(PolicySetProvider policies, string folder, ILogger<EligibilityPolicySource> logger)
    {
        _policies = policies;
        _folder = folder;
        _logger = logger;
        _current = EligibilityPolicyLoader.Load(folder);
        policies.Changed += Reload;
    }

    /// <summary>The thresholds in force.</summary>
    public EligibilityPolicies Current => Volatile.Read(ref _current);

    /// <inheritdoc />
    public void Dispose() => _policies.Changed -= Reload;

    private void Reload(object? sender, PolicySetChangedEventArgs e)
    {
        try
        {
            Volatile.Write(ref _current, EligibilityPolicyLoader.Load(_folder));
        }
        catch (EligibilityPolicyException exception)
        {
            // The policy set reloaded, so its own files are valid; a wrong threshold file keeps the last good ones.
            LogReloadFailed(exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The eligibility thresholds did not reload; the previous ones stay in force: {Problem}")]
    private partial void LogReloadFailed(string problem);
}
