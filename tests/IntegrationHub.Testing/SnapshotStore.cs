using System.Text;
using Xunit.Sdk;

namespace IntegrationHub.Testing;

/// <summary>Compares values with snapshot files in one folder. <see cref="Snapshot"/> is the entry point for
/// tests; this class takes its folder and mode explicitly so that the helper itself can be tested.</summary>
public sealed class SnapshotStore(string directory, SnapshotMode mode)
{
    /// <summary>The file extension of a snapshot.</summary>
    public const string Extension = ".snap";

    /// <summary>The extension of the file an outdated snapshot's actual value is left in, for a diff tool.</summary>
    public const string ReceivedExtension = ".received.snap";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The folder the snapshots live in.</summary>
    public string Directory { get; } = directory;

    /// <summary>What this store may write.</summary>
    public SnapshotMode Mode { get; } = mode;

    /// <summary>The path of the snapshot called <paramref name="name"/>.</summary>
    public string PathOf(string name) => Path.Combine(Directory, name + Extension);

    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot <paramref name="name"/>, creating or
    /// rewriting it when <see cref="Mode"/> allows. Line endings are compared as <c>\n</c>.</summary>
    /// <exception cref="XunitException">The snapshot differs (with a line diff), or is missing in CI.</exception>
    public void Match(string name, string actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var path = PathOf(name);
        var received = Normalize(actual);

        if (Mode == SnapshotMode.Update)
        {
            Write(path, received);
            return;
        }

        if (!File.Exists(path))
        {
            if (Mode == SnapshotMode.CompareOnly)
            {
                throw new XunitException(
                    $"Snapshot {path} does not exist, and snapshots are never written in CI. " +
                    "Run the test on a developer machine to create it, review it and commit it.");
            }

            Write(path, received);
            return;
        }

        var expected = Normalize(File.ReadAllText(path, Utf8NoBom));
        if (expected == received)
        {
            File.Delete(Path.ChangeExtension(path, ReceivedExtension));
            return;
        }

        if (Mode != SnapshotMode.CompareOnly)
        {
            File.WriteAllText(Path.Combine(Directory, name + ReceivedExtension), received, Utf8NoBom);
        }

        throw new XunitException(
            $"Snapshot {path} differs from the actual value (- snapshot, + actual):{Environment.NewLine}" +
            LineDiff.Unified(expected, received) +
            $"If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and commit the snapshot.");
    }

    private void Write(string path, string content)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(path, content, Utf8NoBom);
        File.Delete(Path.ChangeExtension(path, ReceivedExtension));
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");
}
