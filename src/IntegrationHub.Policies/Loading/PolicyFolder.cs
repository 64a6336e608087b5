namespace IntegrationHub.Policies;

/// <summary>The layout of a policy folder, and reading it. Only these files are policy:
/// <list type="bullet">
/// <item><c>catalogue.yaml</c> and <c>agencies.yaml</c>, required;</item>
/// <item><c>mous/*.yaml</c>, one file per MOU;</item>
/// <item><c>annex/**/*.graphql</c>, the documents MOU annexes approve;</item>
/// <item><c>eligibility/*.yaml</c>, the thresholds of the eligibility lists (read and checked by the API's
/// eligibility rules; here they enter the version hash, so audit events name the thresholds in force);</item>
/// <item><c>dev-clients.yaml</c>, read in Development only and otherwise never opened.</item>
/// </list>
/// Any other YAML file is an error, since a misplaced MOU would otherwise silently not load. Other files (the
/// README) are not policy and do not enter the version hash.</summary>
internal sealed class PolicyFolder
{
    public const string CatalogueFile = "catalogue.yaml";
    public const string AgenciesFile = "agencies.yaml";
    public const string DevelopmentClientsFile = "dev-clients.yaml";
    public const string MouFolder = "mous/";
    public const string AnnexFolder = "annex/";
    public const string EligibilityFolder = "eligibility/";

    private PolicyFolder(IReadOnlyDictionary<string, PolicyFile> files) => Files = files;

    /// <summary>The policy files read, by relative path.</summary>
    public IReadOnlyDictionary<string, PolicyFile> Files { get; }

    public PolicyFile? Catalogue => Files.GetValueOrDefault(CatalogueFile);

    public PolicyFile? Agencies => Files.GetValueOrDefault(AgenciesFile);

    public PolicyFile? DevelopmentClients => Files.GetValueOrDefault(DevelopmentClientsFile);

    /// <summary>The MOU files in path order, so that "defined twice" always points at the same one of a pair.</summary>
    public IEnumerable<PolicyFile> Mous => Files.Values
        .Where(file => file.RelativePath.StartsWith(MouFolder, StringComparison.Ordinal))
        .OrderBy(file => file.RelativePath, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PolicyFile> AnnexDocuments =>
        Files.Where(file => file.Key.StartsWith(AnnexFolder, StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);

    /// <summary>Reads the policy files of <paramref name="folder"/>. The demo clients file is read only when
    /// <paramref name="environment"/> is Development: this is the one place that could read it.</summary>
    public static PolicyFolder Read(string folder, PolicyEnvironment environment, PolicyErrors errors)
    {
        var files = new Dictionary<string, PolicyFile>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            errors.Add(PolicyErrorCode.MissingFile, SourceLocation.WholeFile(folder), "The policy folder does not exist.");
            return new PolicyFolder(files);
        }

        foreach (var path in EnumerateFiles(folder, errors))
        {
            var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            var display = Path.Combine(folder, relative).Replace(Path.DirectorySeparatorChar, '/');
            switch (Classify(relative))
            {
                case FileRole.Policy:
                    TryRead(relative, display, path, files, errors);
                    break;
                case FileRole.DevelopmentClients when environment == PolicyEnvironment.Development:
                    TryRead(relative, display, path, files, errors);
                    break;
                case FileRole.Unexpected:
                    errors.Add(PolicyErrorCode.UnexpectedFile, SourceLocation.WholeFile(display),
                        "This YAML file is not part of the policy layout (catalogue.yaml, agencies.yaml, dev-clients.yaml, mous/*.yaml, eligibility/*.yaml); move or delete it.");
                    break;
            }
        }

        foreach (var required in new[] { CatalogueFile, AgenciesFile }.Where(name => !files.ContainsKey(name)))
        {
            errors.Add(PolicyErrorCode.MissingFile, SourceLocation.WholeFile(Path.Combine(folder, required)), "This required policy file is missing.");
        }

        return new PolicyFolder(files);
    }

    private enum FileRole
    {
        Policy,
        DevelopmentClients,
        Unexpected,
        NotPolicy,
    }

    private static FileRole Classify(string relative)
    {
        var isYaml = relative.EndsWith(".yaml", StringComparison.Ordinal) || relative.EndsWith(".yml", StringComparison.Ordinal);
        if (relative is CatalogueFile or AgenciesFile)
        {
            return FileRole.Policy;
        }

        if (relative == DevelopmentClientsFile)
        {
            return FileRole.DevelopmentClients;
        }

        if (IsDirectYamlChild(relative, MouFolder) || IsDirectYamlChild(relative, EligibilityFolder))
        {
            return FileRole.Policy;
        }

        if (relative.StartsWith(AnnexFolder, StringComparison.Ordinal) && relative.EndsWith(".graphql", StringComparison.Ordinal))
        {
            return FileRole.Policy;
        }

        return isYaml ? FileRole.Unexpected : FileRole.NotPolicy;
    }

    private static bool IsDirectYamlChild(string relative, string folder) =>
        relative.StartsWith(folder, StringComparison.Ordinal) && relative.EndsWith(".yaml", StringComparison.Ordinal)
        && !relative[folder.Length..].Contains('/');

    /// <summary>The folder's files; a folder that vanishes or denies access while listed is an error, not an exception,
    /// since the provider reloads from a timer where an exception would end the process.</summary>
    private static List<string> EnumerateFiles(string folder, PolicyErrors errors)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(PolicyErrorCode.MissingFile, SourceLocation.WholeFile(folder), $"The policy folder could not be listed: {exception.Message}");
            return [];
        }
    }

    private static void TryRead(string relative, string display, string path, Dictionary<string, PolicyFile> files, PolicyErrors errors)
    {
        try
        {
            files[relative] = new PolicyFile(relative, display, File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An editor may be replacing the file right now; the provider reloads on the next change.
            errors.Add(PolicyErrorCode.MissingFile, SourceLocation.WholeFile(display), $"The file could not be read: {exception.Message}");
        }
    }
}
