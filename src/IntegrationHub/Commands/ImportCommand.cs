using System.CommandLine;
using IntegrationHub.Data;
using IntegrationHub.Data.Import;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Progress;

namespace IntegrationHub.Commands;

/// <summary><c>import FILE</c>: loads a provincial survey export (format: src/IntegrationHub.Data/Import/README.md)
/// into the configured database.</summary>
public static class ImportCommand
{
    /// <summary>The exit code when the import committed but rejected some rows: the good rows are in, and a
    /// script must still notice that the reject file needs attention.</summary>
    public const int RowsRejectedExitCode = 2;

    /// <summary>The <c>import</c> command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The survey CSV file (UTF-8, one row per household member)." };
        file.AcceptExistingOnly();
        var rejects = new Option<FileInfo?>("--rejects")
        {
            Description = "Where to write rejected rows with their reasons (default: FILE's name with .rejects.csv, beside it).",
        };
        var command = new Command("import",
            "Migrate the configured database, then validate every row of a provincial survey export and upsert its " +
            "households and members by household code and national ID, all in one transaction. Rejected rows go to " +
            $"the reject file. Exit code 0: every row imported; {RowsRejectedExitCode}: imported, some rows rejected; 1: nothing imported.");
        command.Arguments.Add(file);
        command.Options.Add(rejects);
        var database = DatabaseOptionSet.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(file)!;
            var rejectsPath = parse.GetValue(rejects)?.FullName ?? DefaultRejectsPath(input.FullName);
            var outcome = 0;
            var exitCode = await HostedChore.RunAsync("import", database.HostArgs(parse), parse.InvocationConfiguration,
                async (services, console) =>
                {
                    var applied = await services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync(cancellationToken);
                    if (applied.Count > 0)
                    {
                        await console.Output.WriteLineAsync(DbCommand.DescribeApplied(applied));
                    }

                    var importer = new SurveyImporter(services.GetRequiredService<HubDbContext>(), services.GetRequiredService<TimeProvider>());
                    try
                    {
                        var tally = await ProgressDisplay.RunAsync("import", console.Output,
                            progress => importer.ImportAsync(input.FullName, rejectsPath, progress, cancellationToken));
                        await console.Output.WriteLineAsync($"Imported {input.Name}: {tally}");
                        if (tally.RowsRejected > 0)
                        {
                            outcome = RowsRejectedExitCode;
                            await console.Output.WriteLineAsync($"Rejected rows, with their reasons: {rejectsPath}");
                        }
                    }
                    catch (ImportFileException exception)
                    {
                        outcome = 1;
                        await console.Error.WriteLineAsync($"import: {exception.Message} Nothing was imported.");
                    }
                });
            return exitCode != 0 ? exitCode : outcome;
        });
        return command;
    }

    /// <summary>survey.csv's reject file is survey.rejects.csv in the same folder.</summary>
    public static string DefaultRejectsPath(string input) =>
        Path.Combine(Path.GetDirectoryName(input) ?? "", Path.GetFileNameWithoutExtension(input) + ".rejects.csv");
}
