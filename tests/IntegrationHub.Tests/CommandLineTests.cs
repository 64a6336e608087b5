using System.CommandLine;
using IntegrationHub.Commands;
using IntegrationHub.Testing;

namespace IntegrationHub.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_Root_ListsServeAndSaysItIsTheDefault()
    {
        var (exitCode, output, _) = await InvokeAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("serve", output);
        Assert.Contains("With no command, runs `serve`", output);
    }

    [Fact]
    public async Task Help_Serve_DescribesEveryOption()
    {
        var (exitCode, output, _) = await InvokeAsync("serve", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--urls", "--environment", "--database-provider", "--connection-string", "--data-dir" })
        {
            Assert.Contains(option, output);
        }
    }

    [Fact]
    public async Task Invoke_UnknownCommand_FailsWithoutServing()
    {
        var (exitCode, _, error) = await InvokeAsync("sede");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("sede", error);
    }

    [Fact]
    public async Task Invoke_BadProviderName_FailsWithoutServing()
    {
        var (exitCode, _, error) = await InvokeAsync("serve", "--database-provider", "oracle");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("oracle", error);
    }

    [Fact]
    public async Task PoliciesCheck_RepositoryPolicies_AreValidAndHashed()
    {
        var (exitCode, output, error) = await InvokeAsync("policies", "check", "--dir", RepositoryPaths.Combine("policies"));

        Assert.True(exitCode == 0, error);
        Assert.Matches("Version hash: sha256:[0-9a-f]{64}", output);
    }

    [Fact]
    public async Task PoliciesCheck_BrokenFixture_NamesFileAndLine()
    {
        var broken = RepositoryPaths.Combine("tests", "IntegrationHub.Policies.Tests", "Fixtures", "Broken", "duplicate-mou-id");

        var (exitCode, _, error) = await InvokeAsync("policies", "check", "--dir", broken);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"mous/[\w.-]+\.yaml:\d+:\d+: ", error);
    }

    [Fact]
    public async Task PoliciesCheck_CatalogueNamingAFieldTheSchemaLacks_FailsNamingIt()
    {
        using var policies = PolicyFolderCopy.Create();
        policies.Edit("catalogue.yaml", "      - Household.group\n", "      - Household.group\n      - Household.favouriteColour\n");

        var (exitCode, _, error) = await InvokeAsync("policies", "check", "--dir", policies.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("catalogue.yaml:", error);
        Assert.Contains("The schema has no field \"Household.favouriteColour\"", error);
        Assert.DoesNotContain("\"Household.group\"", error);
    }

    [Fact]
    public async Task SchemaExport_CheckedInFile_IsWhatTheCodePrints()
    {
        var (exitCode, output, _) = await InvokeAsync("schema", "export");

        Assert.Equal(0, exitCode);
        var checkedIn = File.ReadAllText(RepositoryPaths.Combine("schema", "schema.graphql")).ReplaceLineEndings("\n");
        Assert.True(
            checkedIn == output,
            "schema/schema.graphql differs from the schema the code builds; run `dotnet run --project src/IntegrationHub --no-launch-profile -- schema export > schema/schema.graphql` and commit it.");
    }

    [Fact]
    public async Task PoliciesExplain_DemoClientInDevelopment_ListsItsMou()
    {
        var (exitCode, output, error) = await InvokeAsync(
            "policies", "explain", "--client", "eef-demo", "--at", "2026-11-21", "--environment", "Development", "--dir", RepositoryPaths.Combine("policies"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("eef-demo", output);
        Assert.Contains("2026-11-21", output);
    }

    [Fact]
    public async Task PoliciesExplain_UnknownClient_Fails()
    {
        var (exitCode, _, error) = await InvokeAsync("policies", "explain", "--client", "nobody", "--dir", RepositoryPaths.Combine("policies"));

        Assert.Equal(1, exitCode);
        Assert.Contains("nobody", error);
    }

    [Fact]
    public async Task KeysRotate_TwiceInAFolder_PublishesOldAndNewKeys()
    {
        var folder = Directory.CreateTempSubdirectory("hub-keys-").FullName;
        try
        {
            var first = await InvokeAsync("keys", "rotate", "--environment", "Development", "--key-folder", folder);
            var second = await InvokeAsync("keys", "rotate", "--environment", "Development", "--key-folder", folder);

            Assert.True(first.ExitCode == 0, first.Error);
            Assert.True(second.ExitCode == 0, second.Error);
            // The first rotation creates the initial key and its successor; the second adds a third. Keys whose
            // tokens may still be valid stay published, so none is dropped yet.
            Assert.Contains("3 key(s) now published", second.Output);
            Assert.Equal(3, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task KeysRotate_NoIssuerConfigured_FailsNamingTheSetting()
    {
        var folder = Directory.CreateTempSubdirectory("hub-keys-").FullName;
        try
        {
            var (exitCode, _, error) = await InvokeAsync("keys", "rotate", "--key-folder", folder);

            Assert.Equal(1, exitCode);
            Assert.Contains("Hub:Tokens:Issuer", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = HubCommandLine.Create(_ => throw new InvalidOperationException("These tests must not start the hub."));
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
