using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>Where the hub reads its policy files: <c>Hub:Policies:Directory</c> when configured, otherwise the
/// nearest <c>policies/</c> folder holding a <c>catalogue.yaml</c>, looking from the start folder upwards (so the
/// repository's folder is found under <c>dotnet run</c>, and a deployment's folder beside the hub).</summary>
public static class PolicyFolder
{
    /// <summary>The configuration key that names the folder.</summary>
    public const string ConfigurationKey = "Hub:Policies:Directory";

    /// <summary>The policy folder for <paramref name="configured"/> (may be null) looking from <paramref name="start"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder is configured and none is found.</exception>
    public static string Locate(string? configured, string start)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var folder = Path.GetFullPath(configured, start);
            return Directory.Exists(folder)
                ? folder
                : throw new DirectoryNotFoundException($"The policy folder {folder} ({ConfigurationKey}) does not exist.");
        }

        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "policies");
            if (File.Exists(Path.Combine(candidate, "catalogue.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No policies/ folder with a catalogue.yaml was found above {start}; set {ConfigurationKey} or pass --dir.");
    }

    /// <summary>The policy environment for a hosting environment name: demo clients load only in Development.</summary>
    public static PolicyEnvironment EnvironmentFor(string hostingEnvironment) =>
        string.Equals(hostingEnvironment, Environments.Development, StringComparison.OrdinalIgnoreCase)
            ? PolicyEnvironment.Development
            : PolicyEnvironment.Production;
}
