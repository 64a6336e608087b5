using System.CommandLine;
using IntegrationHub.Commands;
using IntegrationHub.Data.Tests.Import;
using IntegrationHub.Data.Tests.Infrastructure;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Commands;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_ValidFile_ExitsZeroReportingTheTallyAndProgressLines()
    {
        await using var database = await SeededAsync();
        var input = CopyOf(SurveyFiles.Valid);
        try
        {
            var (exitCode, output, error) = await InvokeAsync("import", input, "--connection-string", database.ConnectionString);

            Assert.Equal((0, ""), (exitCode, error));
            Assert.EndsWith("import: 100% 8 rows\nImported " + Path.GetFileName(input) +
                ": 8 row(s) read, 0 rejected; households: 3 added, 0 changed; members: 8 added, 0 changed.\n", output);
            Assert.False(File.Exists(ImportCommand.DefaultRejectsPath(input)));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Import_SomeRowsRejected_ExitsTwoAndWritesTheRejectFileBesideTheInput()
    {
        await using var database = await SeededAsync();
        var input = CopyOf(SurveyFiles.BadRows);
        var rejects = ImportCommand.DefaultRejectsPath(input);
        try
        {
            var (exitCode, output, _) = await InvokeAsync("import", input, "--connection-string", database.ConnectionString);

            Assert.Equal(ImportCommand.RowsRejectedExitCode, exitCode);
            Assert.Contains($"Rejected rows, with their reasons: {rejects}", output);
            Assert.Equal(29, SurveyFiles.ReadRejects(rejects).Count);
        }
        finally
        {
            File.Delete(input);
            File.Delete(rejects);
        }
    }

    [Fact]
    public async Task Import_HeaderLacksColumns_ExitsOneNamingThemAndImportsNothing()
    {
        await using var database = await SeededAsync();
        var input = SurveyFiles.TempPath();
        try
        {
            await File.WriteAllTextAsync(input, "household_code,national_id\r\nA-1,1101700230708\r\n");

            var (exitCode, _, error) = await InvokeAsync("import", input, "--connection-string", database.ConnectionString);

            Assert.Equal(1, exitCode);
            Assert.StartsWith($"import: {input}: the header lacks column(s) house_code, address,", error);
            Assert.EndsWith("Nothing was imported.\n", error);
            Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM households")));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Import_MissingFile_FailsNamingIt()
    {
        var (exitCode, _, error) = await InvokeAsync("import", "/no/such/survey.csv");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("/no/such/survey.csv", error);
    }

    [Fact]
    public void DefaultRejectsPath_CsvFile_IsBesideItWithRejectsInTheName()
    {
        Assert.Equal(Path.Combine("/data", "survey-2026.rejects.csv"), ImportCommand.DefaultRejectsPath("/data/survey-2026.csv"));
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(Sqlite);
        var (exitCode, _, error) = await InvokeAsync("seed", "--households", "0", "--connection-string", database.ConnectionString);
        Assert.Equal((0, ""), (exitCode, error));
        return database;
    }

    private static string CopyOf(string sample)
    {
        var copy = SurveyFiles.TempPath();
        File.Copy(sample, copy);
        return copy;
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
