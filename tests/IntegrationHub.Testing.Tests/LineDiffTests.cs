using IntegrationHub.Testing;

namespace IntegrationHub.Testing.Tests;

public sealed class LineDiffTests
{
    [Fact]
    public void Unified_EqualTexts_IsEmpty()
    {
        Assert.Equal("", LineDiff.Unified("a\nb", "a\nb"));
    }

    [Fact]
    public void Unified_InsertedLine_ShowsOnlyTheInsertionWithContext()
    {
        var expected = "1\n2\n3\n4\n5\n6\n7\n8\n9";
        var actual = "1\n2\n3\n4\n5\nnew\n6\n7\n8\n9";

        Assert.Equal("@@ -3,6 +3,7 @@\n 3\n 4\n 5\n+new\n 6\n 7\n 8\n", LineDiff.Unified(expected, actual));
    }

    [Fact]
    public void Unified_ChangesFarApart_MakeTwoHunks()
    {
        var lines = Enumerable.Range(1, 20).Select(n => n.ToString()).ToArray();
        var expected = string.Join('\n', lines);
        lines[1] = "two";
        lines[18] = "nineteen";
        var actual = string.Join('\n', lines);

        var diff = LineDiff.Unified(expected, actual);

        Assert.Equal(2, diff.Split('\n').Count(line => line.StartsWith("@@")));
        Assert.Contains("-2\n+two\n", diff);
        Assert.Contains("-19\n+nineteen\n", diff);
    }
}
