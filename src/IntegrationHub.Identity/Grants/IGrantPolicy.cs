namespace IntegrationHub.Identity.Grants;

/// <summary>Decides which scopes an agency may have at a moment. Implemented over the MOU policy files: a scope is
/// granted when an MOU of the agency in force at that instant grants it.</summary>
public interface IGrantPolicy
{
    /// <summary>The scopes among <paramref name="requestedScopes"/> that an MOU of <paramref name="agencyCode"/> in
    /// force at <paramref name="instant"/> grants; empty when none does.</summary>
    ValueTask<IReadOnlySet<string>> GrantedScopesAsync(string agencyCode, IReadOnlySet<string> requestedScopes, DateTimeOffset instant, CancellationToken cancellationToken);
}
