namespace IntegrationHub.Policies.Tests;

/// <summary>A throw-away copy of a fixture folder that a test may edit.</summary>
internal sealed class TempPolicyFolder : IDisposable
{
    private TempPolicyFolder(string path) => Path = path;

    public string Path { get; }

    public static TempPolicyFolder CopyOf(string source)
    {
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-policies-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination);
        }

        return new TempPolicyFolder(target);
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    public void Write(string relative, string content) => System.IO.File.WriteAllText(File(relative), content);

    /// <summary>Replaces the one occurrence of <paramref name="old"/>; fails the test if the text is not there once.</summary>
    public void Edit(string relative, string old, string replacement)
    {
        var text = Read(relative);
        Assert.Equal(1, text.Split(old).Length - 1);
        Write(relative, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
