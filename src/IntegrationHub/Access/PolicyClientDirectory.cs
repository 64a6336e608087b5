using IntegrationHub.Identity.Clients;
using IntegrationHub.Policies;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Access;

/// <summary>The token server's clients are the policy set's clients, read from the set in force at each request,
/// so a client removed from the policy files can no longer obtain tokens once the change loads.</summary>
public sealed class PolicyClientDirectory(PolicySetProvider policies) : IClientDirectory
{
    /// <inheritdoc />
    public ValueTask<RegisteredClient?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        var client = policies.Current.FindClient(clientId);
        return new ValueTask<RegisteredClient?>(client is null
            ? null
            : new RegisteredClient(
                client.Id,
                client.AgencyCode,
                new HashSet<ClientAuthenticationMethod> { client.Authentication },
                client.SecretHash,
                [.. client.PublicKeys.Select(key => new JsonWebKey(key.Json))]));
    }
}
