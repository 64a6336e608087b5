using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Data;

/// <summary>Registers the data layer with the host.</summary>
public static class HubDataRegistration
{
    /// <summary>The tag of health checks that say whether the database is reachable (readiness).</summary>
    public const string ReadinessTag = "ready";

    /// <summary>Adds <see cref="HubDbContext"/> on the configured provider, migration of the database at start-up
    /// (<see cref="MigrateAtStartup"/>), in Development a demo data set on first start (<see cref="DevelopmentDemoSeed"/>),
    /// and readiness checks that the database is reachable and migrated.</summary>
    public static IHostApplicationBuilder AddHubData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<HubDbContext>(db => UseProvider(db, options.Provider, connectionString));
        builder.Services.AddScoped<HubDatabaseMigrator>();
        builder.Services.AddSingleton<MigrationState>();
        builder.Services.AddHostedService<MigrateAtStartup>();
        if (builder.Environment.IsDevelopment())
        {
            // After MigrateAtStartup: hosted services start in registration order.
            builder.Services.AddHostedService<DevelopmentDemoSeed>();
        }

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReachableCheck>("database", tags: [ReadinessTag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [ReadinessTag]);
        return builder;
    }

    /// <summary>Configures <paramref name="db"/> for <paramref name="provider"/>; the one place that picks an EF provider.</summary>
    public static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => db.UseSqlite(connectionString),
            DatabaseProvider.Postgres => db.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>The connection string to use: the configured one, or for SQLite with none configured, a file
    /// in the data folder (relative to <paramref name="contentRoot"/>), which is created here so that the
    /// first connection can create the file.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:ConnectionString is required for the {options.Provider} provider.");
        }

        var directory = Path.GetFullPath(options.DataDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, options.SqliteFileName) }.ToString();
    }
}
