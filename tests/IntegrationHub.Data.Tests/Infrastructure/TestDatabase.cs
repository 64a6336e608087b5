using System.Data.Common;
using IntegrationHub.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace IntegrationHub.Data.Tests.Infrastructure;

/// <summary>An empty database of its own for one test: a temporary SQLite file, or a uniquely named PostgreSQL
/// database, dropped on dispose, so that tests never see each other's data.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _cleanupTarget;

    private TestDatabase(DatabaseProvider provider, string connectionString, string cleanupTarget)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanupTarget = cleanupTarget;
    }

    /// <summary>The provider the database runs on.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string of this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database on <paramref name="provider"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = "hub_test_" + Guid.NewGuid().ToString("N");
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), name + ".db");
            // No pooling, so that no connection keeps the file open after the test.
            var sqlite = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
            return new TestDatabase(provider, sqlite.ToString(), path);
        }

        await using (var admin = new NpgsqlConnection(PostgresServer.RequireConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var postgres = new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString()) { Database = name };
        return new TestDatabase(provider, postgres.ToString(), name);
    }

    /// <summary>Creates a database and applies the shipped migrations to it.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await database.RunnerFor(MigrationCatalog.For(provider)).MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>A new, closed ADO.NET connection to this database.</summary>
    public DbConnection CreateConnection() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new NpgsqlConnection(ConnectionString);

    /// <summary>A migration runner for <paramref name="scripts"/> on a connection of its own.</summary>
    public MigrationRunner RunnerFor(IReadOnlyList<MigrationScript> scripts, TimeProvider? clock = null) =>
        new(CreateConnection(), Provider, scripts, NullLogger.Instance, clock ?? TimeProvider.System);

    /// <summary>A new context on this database.</summary>
    public HubDbContext CreateContext(TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        HubDataRegistration.UseProvider(options, Provider, ConnectionString);
        return new HubDbContext(options.Options, clock ?? TimeProvider.System);
    }

    /// <summary>Runs <paramref name="sql"/> and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs <paramref name="sql"/> for its effect.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            foreach (var file in new[] { _cleanupTarget, _cleanupTarget + "-wal", _cleanupTarget + "-shm", _cleanupTarget + "-journal" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.RequireConnectionString());
        await admin.OpenAsync();
        // Cleanup is best effort and must never fail a test: a session the test role may not terminate (42501,
        // seen when a server process of another role briefly holds the database) or one still closing (55006)
        // clears within moments, so try a few times, then leave the uniquely named database behind.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_cleanupTarget} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
