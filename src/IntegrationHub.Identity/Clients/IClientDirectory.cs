namespace IntegrationHub.Identity.Clients;

/// <summary>Looks clients up by id. Implemented over the policy files: each agency lists its clients there.</summary>
public interface IClientDirectory
{
    /// <summary>The client registered under <paramref name="clientId"/>, or null when there is none.</summary>
    ValueTask<RegisteredClient?> FindAsync(string clientId, CancellationToken cancellationToken);
}
