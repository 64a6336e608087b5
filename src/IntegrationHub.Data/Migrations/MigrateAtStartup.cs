using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Data.Migrations;

/// <summary>Migrates the database while the host starts, before the web server accepts requests (hosted services
/// start before the server). If the database cannot be reached yet (it may start after the hub), the hub starts
/// anyway, reports not-ready, and retries in the background; any other migration failure stops the hub, because
/// serving on a schema that disagrees with the code could corrupt data.</summary>
public sealed partial class MigrateAtStartup(
    IServiceScopeFactory scopes,
    MigrationState state,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<MigrateAtStartup> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>How long to wait between attempts while the database is unreachable.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retries = Task.CompletedTask;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryMigrateAsync(cancellationToken))
        {
            LogUnreachable(logger, RetryDelay.TotalSeconds);
            _retries = RetryUntilMigratedAsync(_stopping.Token);
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retries.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>False when the database cannot be reached; throws when migration itself fails.</summary>
    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<HubDatabaseMigrator>();
        if (!await migrator.IsReachableAsync(cancellationToken))
        {
            return false;
        }

        await migrator.MigrateAsync(cancellationToken);
        state.MarkCurrent();
        return true;
    }

    private async Task RetryUntilMigratedAsync(CancellationToken stopping)
    {
        try
        {
            do
            {
                await Task.Delay(RetryDelay, clock, stopping);
            }
            while (!await TryMigrateAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The hub is stopping.
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "The database cannot be reached; the hub reports not ready and retries migration every {DelaySeconds} s")]
    private static partial void LogUnreachable(ILogger logger, double delaySeconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "Database migration failed; stopping the hub")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
