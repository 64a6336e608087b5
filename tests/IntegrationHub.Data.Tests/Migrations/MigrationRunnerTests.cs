using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Tests.Infrastructure;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Migrations;

/// <summary>The runner on each provider, with small scripts of the tests' own, so each rule is seen in isolation.</summary>
public sealed class MigrationRunnerTests
{
    private static readonly MigrationScript CreateRuns = Script(1, "create_runs", "CREATE TABLE runs (version integer NOT NULL PRIMARY KEY);");

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptInOrderAndRecordsChecksums(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var scripts = Scripts(3);

        var applied = await database.RunnerFor(scripts).MigrateAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3], applied.Select(s => s.Version));
        Assert.Equal(scripts.Select(s => $"{s.Version}|{s.Name}|{s.Checksum}"), await HistoryAsync(database));
        Assert.Equal(2L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM runs")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_CurrentDatabase_AppliesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.RunnerFor(Scripts(2)).MigrateAsync(CancellationToken.None);

        var applied = await database.RunnerFor(Scripts(2)).MigrateAsync(CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM runs")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_AppliedScriptChanged_IsRefusedNamingItAndAppliesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.RunnerFor(Scripts(2)).MigrateAsync(CancellationToken.None);
        var edited = Script(2, "insert_2", "INSERT INTO runs (version) VALUES (20);");

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            database.RunnerFor([CreateRuns, edited, Insert(3)]).MigrateAsync(CancellationToken.None));

        Assert.Contains($"{MigrationCatalog.FolderOf(provider)}/0002_insert_2.sql was changed after it was applied", error.Message);
        Assert.Equal(2, (await HistoryAsync(database)).Count);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_DatabaseNewerThanScripts_IsRefusedNamingTheUnknownVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.RunnerFor(Scripts(3)).MigrateAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            database.RunnerFor(Scripts(2)).MigrateAsync(CancellationToken.None));

        Assert.Contains("0003_insert_3", error.Message);
        Assert.Contains("the database is newer than this hub", error.Message);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_PendingScriptOlderThanAnAppliedOne_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.RunnerFor([CreateRuns, Insert(3)]).MigrateAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            database.RunnerFor(Scripts(3)).MigrateAsync(CancellationToken.None));

        Assert.Contains("0002_insert_2.sql is pending, but the later version 0003 is already applied", error.Message);
        Assert.Equal(2, (await HistoryAsync(database)).Count);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_FailingScript_RollsBackItsStatementsAndHistoryRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var failing = Script(2, "half_done", "CREATE TABLE half (id integer); INSERT INTO no_such_table (id) VALUES (1);");

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            database.RunnerFor([CreateRuns, failing]).MigrateAsync(CancellationToken.None));

        Assert.Contains($"{MigrationCatalog.FolderOf(provider)}/0002_half_done.sql failed and was rolled back", error.Message);
        Assert.Contains("no_such_table", error.Message);
        Assert.Equal(["1|create_runs|" + CreateRuns.Checksum], await HistoryAsync(database));
        Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync(TableCountSql(provider, "half"))));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_ThreeRunnersAtOnce_AllFinishAndEachScriptRunsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Every insert script fails if run twice (primary key), and CREATE TABLE fails if run twice.
        var scripts = Scripts(8);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => database.RunnerFor(scripts).MigrateAsync(CancellationToken.None))));

        Assert.Equal(scripts.Select(s => s.Version), results.SelectMany(applied => applied).Select(s => s.Version).Order());
        Assert.Equal(8, (await HistoryAsync(database)).Count);
        Assert.Equal(7L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM runs")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_EachAppliedScript_IsLoggedByName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var logger = new RecordingLogger();
        var runner = new MigrationRunner(database.CreateConnection(), provider, Scripts(2), logger, TimeProvider.System);

        await runner.MigrateAsync(CancellationToken.None);

        Assert.Collection(logger.Messages,
            message => Assert.StartsWith($"Applied migration 0001_create_runs.sql on {provider}", message),
            message => Assert.StartsWith($"Applied migration 0002_insert_2.sql on {provider}", message));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_ShippedScripts_ApplyOnAnEmptyDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var applied = await database.RunnerFor(MigrationCatalog.For(provider)).MigrateAsync(CancellationToken.None);

        Assert.Equal(MigrationCatalog.For(provider), applied);
        Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync("SELECT last_sequence FROM change_feed_counter WHERE id = 1")));
    }

    private static MigrationScript Script(int version, string name, string sql) =>
        MigrationScript.Parse($"{version:D4}_{name}.sql", sql);

    private static MigrationScript Insert(int version) =>
        Script(version, $"insert_{version}", $"INSERT INTO runs (version) VALUES ({version});");

    /// <summary>Script 1 creates <c>runs</c>; script n &gt; 1 inserts n into it.</summary>
    private static List<MigrationScript> Scripts(int count) => [CreateRuns, .. Enumerable.Range(2, count - 1).Select(Insert)];

    private static async Task<List<string>> HistoryAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version, name, checksum FROM {MigrationRunner.HistoryTable} ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt32(0)}|{reader.GetString(1)}|{reader.GetString(2)}");
        }

        return rows;
    }

    private static string TableCountSql(DatabaseProvider provider, string table) => provider == Sqlite
        ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
        : $"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{table}'";
}
