using IntegrationHub.Testing;
using Xunit.Sdk;

namespace IntegrationHub.Testing.Tests;

public sealed class SnapshotStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "snapshots-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Match_SameText_Passes()
    {
        var store = new SnapshotStore(_directory, SnapshotMode.CompareOnly);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(store.PathOf("A.B"), "line 1\nline 2\n");

        store.Match("A.B", "line 1\r\nline 2\r\n");
    }

    [Fact]
    public void Match_DifferentText_FailsWithLineDiffAndKeepsSnapshot()
    {
        var store = new SnapshotStore(_directory, SnapshotMode.CompareAndCreateMissing);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(store.PathOf("A.B"), "one\ntwo\nthree\n");

        var failure = Assert.Throws<XunitException>(() => store.Match("A.B", "one\n2\nthree\n"));

        Assert.Contains("@@ -1,4 +1,4 @@\n one\n-two\n+2\n three\n", failure.Message);
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(store.PathOf("A.B")));
        Assert.Equal("one\n2\nthree\n", File.ReadAllText(Path.Combine(_directory, "A.B" + SnapshotStore.ReceivedExtension)));
    }

    [Fact]
    public void Match_MissingSnapshotOnDeveloperMachine_WritesIt()
    {
        var store = new SnapshotStore(_directory, SnapshotMode.CompareAndCreateMissing);

        store.Match("A.B", "ครัวเรือน\n");

        Assert.Equal("ครัวเรือน\n", File.ReadAllText(store.PathOf("A.B")));
        var bytes = File.ReadAllBytes(store.PathOf("A.B"));
        Assert.NotEqual(0xEF, bytes[0]); // UTF-8 without a byte-order mark
    }

    [Fact]
    public void Match_MissingSnapshotInCi_FailsAndWritesNothing()
    {
        var store = new SnapshotStore(_directory, SnapshotMode.CompareOnly);

        var failure = Assert.Throws<XunitException>(() => store.Match("A.B", "value"));

        Assert.Contains("never written in CI", failure.Message);
        Assert.False(File.Exists(store.PathOf("A.B")));
    }

    [Fact]
    public void Match_DifferentTextInCi_FailsAndWritesNothing()
    {
        var store = new SnapshotStore(_directory, SnapshotMode.CompareOnly);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(store.PathOf("A.B"), "old\n");

        Assert.Throws<XunitException>(() => store.Match("A.B", "new\n"));

        Assert.Equal("old\n", File.ReadAllText(store.PathOf("A.B")));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void Match_UpdateRequested_RewritesSnapshot()
    {
        var store = new SnapshotStore(_directory, SnapshotMode.Update);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(store.PathOf("A.B"), "old\n");

        store.Match("A.B", "new\n");

        Assert.Equal("new\n", File.ReadAllText(store.PathOf("A.B")));
    }

    [Theory]
    [InlineData("true", "1", SnapshotMode.CompareOnly)]
    [InlineData("1", null, SnapshotMode.CompareOnly)]
    [InlineData(null, "1", SnapshotMode.Update)]
    [InlineData("false", "true", SnapshotMode.Update)]
    [InlineData(null, null, SnapshotMode.CompareAndCreateMissing)]
    [InlineData("", "0", SnapshotMode.CompareAndCreateMissing)]
    public void ModeFor_CiVariableSet_NeverWrites(string? ci, string? update, SnapshotMode expected)
    {
        Assert.Equal(expected, Snapshot.ModeFor(ci, update));
    }

    [Fact]
    public void Match_FromTest_UsesSnapshotBesideSourceFile()
    {
        // This test's own snapshot is committed: in CI a wrong path would fail as "missing".
        Snapshot.Match("a committed snapshot\n");

        var expected = Path.Combine(SourceDirectory(), "__snapshots__", "SnapshotStoreTests.Match_FromTest_UsesSnapshotBesideSourceFile.snap");
        Assert.True(File.Exists(expected), expected);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
