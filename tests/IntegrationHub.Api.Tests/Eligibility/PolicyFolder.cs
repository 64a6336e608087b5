namespace IntegrationHub.Api.Tests.Eligibility;

/// <summary>The repository's <c>policies/eligibility</c> folder, found by walking up from the test binaries, so
/// that the tests check the files that ship rather than a copy.</summary>
internal static class PolicyFolder
{
    public static string Eligibility { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "policies", "eligibility");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No policies/eligibility folder above {AppContext.BaseDirectory}.");
    }
}
