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

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = HubCommandLine.Create(_ => throw new InvalidOperationException("These tests must not start the hub."));
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
