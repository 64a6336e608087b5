using IntegrationHub.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Data.Seeding;

/// <summary>In Development only (<see cref="HubDataRegistration.AddHubData"/> registers it nowhere else): on the
/// first start against a database without households, seeds <see cref="Households"/> synthetic households from
/// <see cref="Seed"/>, so that a fresh checkout serves data at once. Runs after <see cref="MigrateAtStartup"/>
/// (hosted services start in registration order) and does nothing when migration has not finished.</summary>
public sealed partial class DevelopmentDemoSeed(
    IServiceScopeFactory scopes,
    MigrationState migrations,
    TimeProvider clock,
    ILogger<DevelopmentDemoSeed> logger) : IHostedService
{
    /// <summary>How many households the demo set has.</summary>
    public const int Households = 200;

    /// <summary>The fixed seed, so that every developer's demo data is the same.</summary>
    public const int Seed = 1;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!migrations.IsCurrent)
        {
            LogNotMigrated(logger);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (await db.Households.AnyAsync(cancellationToken))
        {
            return;
        }

        var added = await HubSeeder.SeedAsync(db, Households, Seed, clock, progress: null, cancellationToken);
        LogSeeded(logger, added, Seed);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 10, Level = LogLevel.Information,
        Message = "Development: the database had no households; seeded {Households} synthetic households (seed {Seed})")]
    private static partial void LogSeeded(ILogger logger, int households, int seed);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning,
        Message = "Development: the database is not migrated yet, so no demo households were seeded; restart once it is reachable")]
    private static partial void LogNotMigrated(ILogger logger);
}
