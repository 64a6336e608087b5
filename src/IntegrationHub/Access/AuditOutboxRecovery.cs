using IntegrationHub.Audit;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;

namespace IntegrationHub.Access;

/// <summary>Appends to the audit trail the staged events of mutation requests whose own event never committed
/// (<see cref="AuditOutbox"/>): their changes stand, so the trail must say so. Runs every <see cref="Interval"/>
/// on every instance, for copies staged more than <see cref="Grace"/> ago; a copy whose request's event is in the
/// trail after all (its clearing failed) is only deleted.</summary>
public sealed class AuditOutboxRecovery(
    IServiceScopeFactory scopes, GroupCommitAuditWriter audit, TimeProvider clock, ILogger<AuditOutboxRecovery> logger) : BackgroundService
{
    /// <summary>How often to look for overdue copies.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>How old a copy must be before it counts as overdue: younger ones may belong to a request still
    /// finishing, whose own event is about to commit.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    private const int BatchSize = 100;

    /// <summary>Recovers every request that staged before <paramref name="stagedBefore"/>; returns how many events
    /// it appended.</summary>
    /// <exception cref="AuditUnavailableException">The audit store could not commit; the copies stay for the next
    /// attempt.</exception>
    public async Task<int> RecoverAsync(DateTimeOffset stagedBefore, CancellationToken cancellationToken)
    {
        var appended = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var overdue = await AuditOutbox.OverdueAsync(db, stagedBefore, BatchSize, cancellationToken);
            foreach (var (requestKey, draft) in overdue)
            {
                if (!await AuditOutbox.IsRecordedAsync(db, draft, cancellationToken))
                {
                    var receipt = await audit.AppendAsync(draft);
                    appended++;
                    logger.LogWarning(
                        "Recovered the audit event of request {RequestId} by {ClientId} as event {Sequence}: its changes committed, its own event did not",
                        draft.RequestId, draft.ClientId, receipt.Sequence);
                }

                await AuditOutbox.ClearAsync(db, requestKey, cancellationToken);
            }

            if (overdue.Count < BatchSize)
            {
                return appended;
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass waits one interval, so it never runs before the start-up migration has created the table.
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RecoverAsync(clock.GetUtcNow() - Grace, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // An unavailable store or database must not stop the hub; the copies wait for the next interval.
                logger.LogWarning(exception, "Recovering staged audit events failed; retrying in {Interval}", Interval);
            }
        }
    }
}
