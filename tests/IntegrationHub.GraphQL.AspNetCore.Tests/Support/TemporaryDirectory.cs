namespace IntegrationHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>The directory's full path.</summary>
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-trusted-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public void Write(string fileName, string text) =>
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text, new System.Text.UTF8Encoding(false));

    /// <summary>Writes raw bytes.</summary>
    public void WriteBytes(string fileName, byte[] bytes) => File.WriteAllBytes(System.IO.Path.Combine(Path, fileName), bytes);

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
