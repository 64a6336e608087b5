namespace IntegrationHub.Testing;

/// <summary>Where things are in the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's root: the nearest folder above the test binaries that holds IntegrationHub.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
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
