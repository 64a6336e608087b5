using IntegrationHub.Identity.Grants;
using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>Scopes map to MOU terms: a token may carry the requested scopes that some MOU of the client's agency,
/// in force at the instant of issue (Asia/Bangkok calendar day), grants.</summary>
public sealed class PolicyGrantPolicy(PolicySetProvider policies) : IGrantPolicy
{
    /// <inheritdoc />
    public ValueTask<IReadOnlySet<string>> GrantedScopesAsync(
        string agencyCode, IReadOnlySet<string> requestedScopes, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var day = BangkokCalendar.DateOf(instant);
        var granted = policies.Current.Mous
            .Where(mou => mou.Grantee == agencyCode && mou.IsInForceOn(day))
            .SelectMany(mou => mou.Scopes)
            .Where(requestedScopes.Contains)
            .ToHashSet(StringComparer.Ordinal);
        return new ValueTask<IReadOnlySet<string>>(granted);
    }
}
