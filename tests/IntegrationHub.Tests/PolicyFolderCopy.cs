using IntegrationHub.Testing;

namespace IntegrationHub.Tests;

/// <summary>A copy of the repository's policies/ in a temporary directory, for tests that amend an MOU (as an MOU
/// officer would) and watch the running hub pick the change up.</summary>
public sealed class PolicyFolderCopy : IDisposable
{
    private PolicyFolderCopy(string path) => Path = path;

    /// <summary>The copy's folder.</summary>
    public string Path { get; }

    /// <summary>The setting that points the hub at this copy.</summary>
    public string Setting => $"--Hub:Policies:Directory={Path}";

    /// <summary>Copies policies/.</summary>
    public static PolicyFolderCopy Create()
    {
        var source = RepositoryPaths.Combine("policies");
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-policies-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return new PolicyFolderCopy(target);
    }

    /// <summary>Replaces <paramref name="oldText"/> (which must be there) with <paramref name="newText"/> in the
    /// file <paramref name="relativePath"/>.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
