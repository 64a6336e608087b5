using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Data.Migrations;

/// <summary>Brings a database up to the latest of a list of versioned scripts. Each script runs in its own
/// transaction together with its history row, under the provider's migration lock, so a failed script leaves no
/// trace and concurrent runners apply each script exactly once. Before applying anything it checks that the
/// history agrees with the scripts: an applied script whose text changed, an applied version the scripts do not
/// have (the database is newer than this hub), or a pending script older than an applied one is refused.</summary>
public sealed partial class MigrationRunner
{
    /// <summary>The history table: one row per applied script (version, name, checksum, applied_at). It belongs
    /// to the runner, not to the EF model.</summary>
    public const string HistoryTable = "schema_migrations";

    private readonly DbConnection _connection;
    private readonly DatabaseProvider _provider;
    private readonly MigrationDialect _dialect;
    private readonly IReadOnlyList<MigrationScript> _scripts;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;

    /// <summary>A runner applying <paramref name="scripts"/> (in version order) over <paramref name="connection"/>,
    /// which it opens if closed and then closes again.</summary>
    /// <exception cref="MigrationException">Two scripts share a version.</exception>
    public MigrationRunner(DbConnection connection, DatabaseProvider provider, IReadOnlyList<MigrationScript> scripts,
        ILogger logger, TimeProvider clock)
    {
        _connection = connection;
        _provider = provider;
        _dialect = MigrationDialect.For(provider);
        _scripts = MigrationCatalog.Ordered(scripts, MigrationCatalog.FolderOf(provider) + "/");
        _logger = logger;
        _clock = clock;
    }

    private sealed record AppliedScript(int Version, string Name, string Checksum);

    /// <summary>Applies every pending script, oldest first, and returns those this call applied (none when the
    /// database was current, or another runner applied them meanwhile).</summary>
    /// <exception cref="MigrationException">The history disagrees with the scripts, or a script failed.</exception>
    public async Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken)
    {
        var opened = _connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await _connection.OpenAsync(cancellationToken);
        }

        try
        {
            var applied = new List<MigrationScript>();
            while (await ApplyNextAsync(cancellationToken) is { } script)
            {
                applied.Add(script);
            }

            return applied;
        }
        finally
        {
            if (opened)
            {
                await _connection.CloseAsync();
            }
        }
    }

    /// <summary>One locked transaction: read the history, check it, apply the first pending script. The history
    /// is re-read under each lock because another runner may have applied scripts in between.</summary>
    private async Task<MigrationScript?> ApplyNextAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await _dialect.BeginLockedTransactionAsync(_connection, cancellationToken);
        await ExecuteAsync(transaction, _dialect.CreateHistoryTableSql, cancellationToken);
        var history = await ReadHistoryAsync(transaction, cancellationToken);
        var next = FirstPending(history);
        if (next is null)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            await ExecuteAsync(transaction, next.Sql, cancellationToken);
        }
        catch (DbException exception)
        {
            throw new MigrationException(
                $"Migration {Describe(next)} failed and was rolled back: {exception.Message}", exception);
        }

        await RecordAsync(transaction, next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogApplied(_logger, next.FileName, _provider, next.Checksum, stopwatch.ElapsedMilliseconds);
        return next;
    }

    private MigrationScript? FirstPending(IReadOnlyList<AppliedScript> history)
    {
        var scripts = _scripts.ToDictionary(s => s.Version);
        foreach (var applied in history)
        {
            if (!scripts.TryGetValue(applied.Version, out var script))
            {
                throw new MigrationException(
                    $"The database has migration {applied.Version:D4}_{applied.Name} applied, which this hub's " +
                    $"{MigrationCatalog.FolderOf(_provider)} scripts do not include: the database is newer than this " +
                    "hub. Run a hub version that has the script.");
            }

            if (script.Checksum != applied.Checksum)
            {
                throw new MigrationException(
                    $"Migration {Describe(script)} was changed after it was applied (checksum applied " +
                    $"{applied.Checksum}, now {script.Checksum}). Applied scripts must never change: restore it, " +
                    "and put the change in a new script.");
            }
        }

        var latestApplied = history.Count == 0 ? 0 : history.Max(a => a.Version);
        var pending = _scripts.Where(s => history.All(a => a.Version != s.Version)).ToList();
        var late = pending.FirstOrDefault(s => s.Version < latestApplied);
        if (late is not null)
        {
            throw new MigrationException(
                $"Migration {Describe(late)} is pending, but the later version {latestApplied:D4} is already applied; " +
                "scripts apply in order, so give it a version above every applied one.");
        }

        return pending.FirstOrDefault();
    }

    private string Describe(MigrationScript script) => $"{MigrationCatalog.FolderOf(_provider)}/{script.FileName}";

    private async Task<IReadOnlyList<AppliedScript>> ReadHistoryAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(transaction,
            $"SELECT version, name, checksum FROM {HistoryTable} ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new List<AppliedScript>();
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new AppliedScript(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        return history;
    }

    private async Task RecordAsync(DbTransaction transaction, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(transaction,
            $"INSERT INTO {HistoryTable} (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied_at)");
        AddParameter(command, "@version", script.Version);
        AddParameter(command, "@name", script.Name);
        AddParameter(command, "@checksum", script.Checksum);
        AddParameter(command, "@applied_at", _clock.GetUtcNow().UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0; // a migration over a large table may take long; the lock makes others wait
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Applied migration {Script} on {Provider} (checksum {Checksum}) in {ElapsedMilliseconds} ms")]
    private static partial void LogApplied(ILogger logger, string script, DatabaseProvider provider, string checksum, long elapsedMilliseconds);
}
