using IntegrationHub.Data.TokenState;

namespace IntegrationHub.Access.TokenState;

/// <summary>Deletes expired assertion uses and revocations every <see cref="Interval"/>, so the tables hold only
/// what can still matter: about the assertions and tokens of the last token lifetime. Every instance runs it;
/// deleting rows another instance already deleted does nothing.</summary>
internal sealed class ExpiredTokenStatePurge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiredTokenStatePurge> logger) : BackgroundService
{
    /// <summary>How often to purge. Expired rows never change an answer (each query compares expiry with now),
    /// so this bounds only the tables' size.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first purge waits one interval, so it never runs before the start-up migration has created the tables.
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PurgeAsync(stoppingToken);
        }
    }

    private async Task PurgeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var purged = await scope.ServiceProvider.GetRequiredService<TokenStateStore>().PurgeExpiredAsync(stoppingToken);
            logger.LogDebug("Purged {Rows} expired token state rows", purged);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An unreachable database must not stop the hub; the next interval tries again.
            logger.LogWarning(exception, "Purging expired token state failed; retrying in {Interval}", Interval);
        }
    }
}
