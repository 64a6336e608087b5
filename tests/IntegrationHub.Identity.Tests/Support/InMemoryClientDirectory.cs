using System.Collections.Concurrent;
using IntegrationHub.Identity.Clients;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>A client directory held in memory, for tests only; the hub reads its clients from the policy files.</summary>
internal sealed class InMemoryClientDirectory : IClientDirectory
{
    private readonly ConcurrentDictionary<string, RegisteredClient> _clients = new(StringComparer.Ordinal);

    public void Add(RegisteredClient client) => _clients[client.ClientId] = client;

    public ValueTask<RegisteredClient?> FindAsync(string clientId, CancellationToken cancellationToken)
        => ValueTask.FromResult(_clients.GetValueOrDefault(clientId));
}
