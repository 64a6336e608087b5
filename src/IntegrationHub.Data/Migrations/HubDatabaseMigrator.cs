using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Data.Migrations;

/// <summary>Migrates the hub's configured database with the scripts shipped for its provider; what start-up and
/// <c>db migrate</c> both call.</summary>
public sealed class HubDatabaseMigrator(HubDbContext db, DatabaseOptions options, ILogger<MigrationRunner> logger, TimeProvider clock)
{
    /// <summary>Whether the database accepts a connection now (false rather than an exception when not).</summary>
    /// <remarks>Not EF's <c>CanConnectAsync</c>: on SQLite that answers false while the file does not exist yet,
    /// and creating the file is exactly what the first migration does.</remarks>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is DbException || exception.InnerException is DbException)
        {
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Applies the pending scripts; returns those applied.</summary>
    /// <exception cref="MigrationException">The history disagrees with the scripts, or a script failed.</exception>
    public async Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken)
    {
        // Opened through EF so that the connection is set up as EF sets it up (SQLite: foreign keys on).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging (persistent in the file): readers never block the writer nor the writer the
                // readers, which a hub serving queries while committing audit events needs; see
                // https://www.sqlite.org/wal.html. Durability of a commit is set per connection (synchronous).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
            }

            var runner = new MigrationRunner(db.Database.GetDbConnection(), options.Provider,
                MigrationCatalog.For(options.Provider), logger, clock);
            return await runner.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
