using IntegrationHub.Data.TokenState;
using IntegrationHub.Identity.State;

namespace IntegrationHub.Access.TokenState;

/// <summary>The replay cache in the hub's database: an assertion used on one hub instance is refused on every other
/// instance sharing the database, and after a restart.</summary>
internal sealed class DatabaseClientAssertionReplayCache(IServiceScopeFactory scopes) : IClientAssertionReplayCache
{
    public async ValueTask<bool> TryRecordFirstUseAsync(string clientId, string tokenId, DateTimeOffset forgetAfter, CancellationToken cancellationToken)
    {
        // The cache is a singleton (the token server's handlers hold it); the database context is per scope.
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TokenStateStore>();
        return await store.TryRecordAssertionUseAsync(clientId, tokenId, forgetAfter, cancellationToken);
    }
}
