using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using IntegrationHub.Data;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Seeding;
using IntegrationHub.Hosting;

namespace IntegrationHub.Commands;

/// <summary><c>db</c>: database chores. <c>db migrate</c> applies the pending migration scripts (what serve also
/// does at start-up); <c>db script</c> prints the DDL the current model implies, the starting point of a new
/// migration script.</summary>
public static class DbCommand
{
    /// <summary>The <c>db</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var db = new Command("db", "Database chores: apply migrations, print the schema the model implies.");
        db.Subcommands.Add(CreateMigrate());
        db.Subcommands.Add(CreateScript());
        return db;
    }

    private static Command CreateMigrate()
    {
        var migrate = new Command("migrate",
            "Apply the pending migration scripts to the configured database, in order, each in a transaction. Safe " +
            "to run while hubs start: a lock makes every script apply once. Refuses an applied script that was " +
            "changed and a database newer than this hub.");
        var database = DatabaseOptionSet.AddTo(migrate);
        migrate.SetAction((parse, cancellationToken) => HostedChore.RunAsync("db migrate", database.HostArgs(parse), parse.InvocationConfiguration,
            async (services, console) =>
            {
                var applied = await services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync(cancellationToken);
                await console.Output.WriteLineAsync(DescribeApplied(applied));
            }));
        return migrate;
    }

    private static Command CreateScript()
    {
        var provider = DatabaseOptionSet.ProviderOption();
        var script = new Command("script",
            "Print the DDL (CREATE TABLE and CREATE INDEX statements) that the current data model implies for a " +
            "provider. Needs no database. Compare it with Migrations/<provider>/ to write the next script.");
        script.Options.Add(provider);
        script.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(HubSchema.CreateScript(parse.GetValue(provider) ?? DatabaseProvider.Sqlite));
            return 0;
        });
        return script;
    }

    /// <summary>A sentence naming the scripts a migration applied.</summary>
    internal static string DescribeApplied(IReadOnlyList<MigrationScript> applied) => applied.Count == 0
        ? "The database was already current; nothing applied."
        : $"Applied {applied.Count} migration(s): {string.Join(", ", applied.Select(s => s.FileName))}.";
}
