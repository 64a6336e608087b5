namespace IntegrationHub.Policies.Tests;

/// <summary>Where the real policy set and the fixtures are, found from the build output by walking up to the
/// solution file, so tests read the same files a reviewer does.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RealPolicies => Path.Combine(RepositoryRoot, "policies");

    public static string Fixture(string name) => Path.Combine(RepositoryRoot, "tests", "IntegrationHub.Policies.Tests", "Fixtures", name);

    public static string Broken(string name) => Fixture(Path.Combine("Broken", name));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IntegrationHub.sln above {AppContext.BaseDirectory}.");
    }
}
