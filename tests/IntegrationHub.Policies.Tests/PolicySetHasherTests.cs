using System.Text;

namespace IntegrationHub.Policies.Tests;

public sealed class PolicySetHasherTests
{
    private static string Hash(params (string Path, string Content)[] files) =>
        PolicySetHasher.Compute(files.ToDictionary(file => file.Path, file => Encoding.UTF8.GetBytes(file.Content)));

    [Fact]
    public void Compute_Format_IsSha256PrefixAndLowercaseHex()
    {
        var hash = Hash(("catalogue.yaml", "scopes: []\n"));

        Assert.Matches("^sha256:[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Compute_WindowsLineEndingsOrByteOrderMark_DoNotChangeTheHash()
    {
        var unix = Hash(("a.yaml", "id: 1\nx: 2\n"));

        Assert.Equal(unix, Hash(("a.yaml", "id: 1\r\nx: 2\r\n")));
        Assert.Equal(unix, Hash(("a.yaml", "\uFEFFid: 1\nx: 2\n")));
        Assert.Equal(unix, Hash(("a.yaml", "id: 1\rx: 2\r")));
    }

    [Fact]
    public void Compute_CommentOrWhitespaceEdit_ChangesTheHash()
    {
        var original = Hash(("a.yaml", "id: 1\n"));

        Assert.NotEqual(original, Hash(("a.yaml", "# reviewed\nid: 1\n")));
        Assert.NotEqual(original, Hash(("a.yaml", "id:  1\n")));
    }

    [Fact]
    public void Compute_FileOrderGiven_DoesNotMatter() =>
        Assert.Equal(Hash(("a.yaml", "1"), ("b.yaml", "2")), Hash(("b.yaml", "2"), ("a.yaml", "1")));

    [Fact]
    public void Compute_RenamedFile_ChangesTheHash() =>
        Assert.NotEqual(Hash(("mous/a.yaml", "id: 1\n")), Hash(("mous/b.yaml", "id: 1\n")));

    [Fact]
    public void Compute_ContentMovedBetweenFiles_ChangesTheHash() =>
        Assert.NotEqual(Hash(("a", "xy"), ("b", "")), Hash(("a", "x"), ("b", "y")));
}
