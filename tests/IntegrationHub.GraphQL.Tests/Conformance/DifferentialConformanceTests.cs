using IntegrationHub.Testing;

namespace IntegrationHub.GraphQL.Tests.Conformance;

/// <summary>The engine against graphql-js 17.1.0 on the repository corpus (tests/conformance/README.md), and
/// the harness's own tests, which prove it catches a wrong engine.</summary>
public sealed class DifferentialConformanceTests
{
    private static readonly string HarnessDirectory = RepositoryPaths.Combine("tests", "conformance");
    private static readonly SemaphoreSlim Install = new(1, 1);

    [NodeFact]
    public async Task Engine_RepositoryCorpus_AgreesWithGraphQLJs()
    {
        await EnsurePackagesAsync();
        var runner = Path.Combine(AppContext.BaseDirectory, "IntegrationHub.GraphQL.ConformanceRunner.dll");

        var (exitCode, output) = await ExternalTool.RunAsync(
            "node",
            ["differential.mjs", "--runner", $"dotnet \"{runner}\""],
            HarnessDirectory,
            TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"(?m)^\d+ passed, 0 failed$", output);
    }

    [NodeFact]
    public async Task Harness_SelfTests_CatchEveryKindOfMismatch()
    {
        await EnsurePackagesAsync();

        var (exitCode, output) = await ExternalTool.RunAsync("npm", ["test", "--silent"], HarnessDirectory, TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, output);
    }

    /// <summary>Installs the pinned npm packages (package-lock.json) when they are missing.</summary>
    private static async Task EnsurePackagesAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(HarnessDirectory, "node_modules", "graphql")))
            {
                return;
            }

            var (exitCode, output) = await ExternalTool.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], HarnessDirectory, TimeSpan.FromMinutes(5));
            Assert.True(exitCode == 0, $"npm ci failed in {HarnessDirectory}:\n{output}");
        }
        finally
        {
            Install.Release();
        }
    }
}
