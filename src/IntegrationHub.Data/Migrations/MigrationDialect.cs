using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Data.Migrations;

/// <summary>What the migration runner needs to say differently per engine: how to take the migration lock, and
/// the history table's DDL. Everything else is plain ADO.NET.</summary>
internal abstract class MigrationDialect
{
    /// <summary>Creates the history table when missing. Runs under the migration lock.</summary>
    public abstract string CreateHistoryTableSql { get; }

    /// <summary>Begins a transaction that holds the migration lock until it ends, so that of several hub
    /// instances starting at once exactly one applies each script.</summary>
    public abstract Task<DbTransaction> BeginLockedTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The dialect for <paramref name="provider"/>.</summary>
    public static MigrationDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteMigrationDialect(),
        DatabaseProvider.Postgres => new PostgresMigrationDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No migration dialect for this provider."),
    };
}

/// <summary>SQLite: <c>BEGIN IMMEDIATE</c> takes the database's single write lock at once, rather than at the
/// first write as a deferred transaction would, so a second runner waits (up to the connection's busy timeout)
/// instead of reading a history that is about to change. SQLite's DDL is transactional.</summary>
internal sealed class SqliteMigrationDialect : MigrationDialect
{
    public override string CreateHistoryTableSql => $"""
        CREATE TABLE IF NOT EXISTS {MigrationRunner.HistoryTable} (
            version INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public override Task<DbTransaction> BeginLockedTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // deferred: false is Microsoft.Data.Sqlite's BEGIN IMMEDIATE.
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false));
}

/// <summary>PostgreSQL: a transaction-scoped advisory lock (<c>pg_advisory_xact_lock</c>), released by the
/// commit or rollback, so a crashed runner can never leave it held. Taken before the history table is created,
/// because two concurrent <c>CREATE TABLE IF NOT EXISTS</c> can both try to create it. PostgreSQL's DDL is
/// transactional.</summary>
internal sealed class PostgresMigrationDialect : MigrationDialect
{
    // An arbitrary constant shared by every hub instance; advisory locks are scoped to the current database.
    private const long MigrationLockKey = 0x4875_624D_6967_7261; // "HubMigra"

    public override string CreateHistoryTableSql => $"""
        CREATE TABLE IF NOT EXISTS {MigrationRunner.HistoryTable} (
            version integer NOT NULL PRIMARY KEY,
            name text NOT NULL,
            checksum character(64) NOT NULL,
            applied_at timestamp with time zone NOT NULL
        );
        """;

    public override async Task<DbTransaction> BeginLockedTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        command.CommandTimeout = 0; // wait as long as the other instance's migration takes
        await command.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }
}
