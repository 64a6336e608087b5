using IntegrationHub.Data;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Loading;

/// <summary>The request's <see cref="HubDbContext"/>, used by one query at a time. The executor resolves sibling
/// fields concurrently and dispatches every batch of a wave at once, so without this gate two loaders (members
/// and member counts, say) would run overlapping commands on one context, which EF Core forbids and PostgreSQL
/// reports as a second operation in progress.</summary>
public sealed class RequestDatabase
{
    private readonly HubDbContext _db;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private RequestDatabase(HubDbContext db) => _db = db;

    /// <summary>The request's database, from the request's services; one per request.</summary>
    /// <exception cref="InvalidOperationException">The request carries no <see cref="HubDbContext"/>.</exception>
    public static RequestDatabase Of(IResolverContext context) =>
        context.Batches.GetOrCreate(typeof(RequestDatabase), _ => new RequestDatabase(
            context.Services?.GetService(typeof(HubDbContext)) as HubDbContext
            ?? throw new InvalidOperationException(
                $"The request's services hold no {nameof(HubDbContext)}: execute the hub schema with a service scope that has one.")));

    /// <summary>Runs <paramref name="query"/> once no other query of the request is running.</summary>
    public async Task<T> QueryAsync<T>(Func<HubDbContext, CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await query(_db, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
