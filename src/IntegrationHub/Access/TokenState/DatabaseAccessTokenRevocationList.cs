using IntegrationHub.Data.TokenState;
using IntegrationHub.Identity.State;

namespace IntegrationHub.Access.TokenState;

/// <summary>The revocation list in the hub's database: a token revoked on one hub instance is refused by every
/// instance sharing the database, and stays revoked after a restart. Each validation of a hub token reads it once
/// (a primary-key lookup); caching the answer would let a revoked token work on another instance until the cache
/// expired.</summary>
internal sealed class DatabaseAccessTokenRevocationList(IServiceScopeFactory scopes) : IAccessTokenRevocationList
{
    public async ValueTask RevokeAsync(string tokenId, DateTimeOffset forgetAfter, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TokenStateStore>().RevokeAsync(tokenId, forgetAfter, cancellationToken);
    }

    public async ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TokenStateStore>().IsRevokedAsync(tokenId, cancellationToken);
    }
}
