using System.CommandLine;
using IntegrationHub.Commands;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Tests.Infrastructure;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Commands;

public sealed class DbCommandTests
{
    [Fact]
    public async Task Help_Db_ListsMigrateAndScript()
    {
        var (exitCode, output, _) = await InvokeAsync("db", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("migrate", output);
        Assert.Contains("script", output);
    }

    [Fact]
    public async Task Help_Migrate_DescribesEveryOption()
    {
        var (exitCode, output, _) = await InvokeAsync("db", "migrate", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--database-provider", "--connection-string", "--data-dir" })
        {
            Assert.Contains(option, output);
        }
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Migrate_EmptyDatabase_AppliesTheScriptsThenFindsNothingToDo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] args = ["db", "migrate", "--database-provider", provider.ToString(), "--connection-string", database.ConnectionString];

        var first = await InvokeAsync(args);
        var second = await InvokeAsync(args);

        Assert.Equal((0, AppliedEveryScript(provider), ""), first);
        Assert.Equal((0, "The database was already current; nothing applied.\n", ""), second);
    }

    [Fact]
    public async Task Migrate_ChangedAppliedScript_FailsNamingIt()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Sqlite);
        await database.ExecuteAsync($"UPDATE {MigrationRunner.HistoryTable} SET checksum = 'edited'");

        var (exitCode, _, error) = await InvokeAsync("db", "migrate", "--connection-string", database.ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("db migrate: Migration sqlite/0001_initial.sql was changed after it was applied", error);
    }

    [Fact]
    public async Task Migrate_PostgresWithoutConnectionString_FailsNamingTheSetting()
    {
        var (exitCode, _, error) = await InvokeAsync("db", "migrate", "--database-provider", "Postgres");

        Assert.Equal(1, exitCode);
        Assert.Equal("db migrate: Hub:Database:ConnectionString is required for the Postgres provider.\n", error);
    }

    [Fact]
    public async Task Migrate_UnreachableServer_FailsWithTheCause()
    {
        var (exitCode, _, error) = await InvokeAsync("db", "migrate", "--database-provider", "Postgres",
            "--connection-string", "Host=127.0.0.1;Port=1;Username=hub;Password=none;Timeout=2");

        Assert.Equal(1, exitCode);
        Assert.Contains("127.0.0.1:1", error);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Seed_EmptyDatabase_MigratesThenAddsTheHouseholds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var (exitCode, output, error) = await InvokeAsync("seed", "--households", "12", "--seed", "5",
            "--database-provider", provider.ToString(), "--connection-string", database.ConnectionString);

        Assert.Equal((0, ""), (exitCode, error));
        // Output is redirected here, so progress shows as plain lines, not a bar.
        Assert.Equal(AppliedEveryScript(provider) + "seed: 100% 12 households\nAdded 12 synthetic household(s) (seed 5).\n", output);
        Assert.Equal(12L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM households")));
    }

    [Theory]
    [InlineData("--households", "-1")]
    [InlineData("--households", "many")]
    [InlineData("--seed", "3")]
    public async Task Seed_BadOrMissingHouseholdCount_FailsNamingTheOption(params string[] options)
    {
        var (exitCode, _, error) = await InvokeAsync(["seed", .. options]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--households", error);
    }

    [Theory, InlineData(Sqlite), InlineData(Postgres)]
    public async Task Script_Provider_PrintsTheModelsDdl(DatabaseProvider provider)
    {
        var (exitCode, output, _) = await InvokeAsync("db", "script", "--database-provider", provider.ToString());

        Assert.Equal(0, exitCode);
        Assert.Equal(HubSchema.CreateScript(provider), output);
        Assert.Contains("CREATE TABLE", output);
    }

    [Fact]
    public async Task Script_UnknownProvider_FailsNamingIt()
    {
        var (exitCode, _, error) = await InvokeAsync("db", "script", "--database-provider", "oracle");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("oracle", error);
    }

    private static string AppliedEveryScript(DatabaseProvider provider)
    {
        var scripts = MigrationCatalog.For(provider);
        return $"Applied {scripts.Count} migration(s): {string.Join(", ", scripts.Select(s => s.FileName))}.\n";
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var root = HubCommandLine.Create(_ => throw new InvalidOperationException("These tests must not start the hub."));
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
