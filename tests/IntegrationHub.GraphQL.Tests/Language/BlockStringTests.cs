using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Fact]
    public void Value_SpecExample_RemovesCommonIndentAndBlankEdgeLines()
    {
        string[] rawLines = ["", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "  "];

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Value(rawLines));
    }

    [Fact]
    public void Value_FirstLine_IsNeitherDedentedNorCountedForIndent()
    {
        string[] rawLines = ["  first", "    second", "      third"];

        Assert.Equal("  first\nsecond\n  third", BlockString.Value(rawLines));
    }

    [Fact]
    public void Value_WhitespaceOnlyLines_DoNotLowerTheCommonIndent()
    {
        string[] rawLines = ["", "    a", " ", "    b"];

        Assert.Equal("a\n\nb", BlockString.Value(rawLines));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("  leading spaces on a single line")]
    [InlineData("ends with quote\"")]
    [InlineData("ends with backslash\\")]
    [InlineData("has \"\"\" inside")]
    [InlineData("\"\"\"")]
    [InlineData("line one\n  indented two\nthree")]
    [InlineData("  indented first\nflush second")]
    [InlineData("a\n\n   \nb")]
    [InlineData("a line that is long enough to go past seventy characters, so it is printed on its own line")]
    public void Print_PrintableValue_LexesBackToTheSameValue(string value)
    {
        Assert.True(BlockString.CanPrint(value));

        var lexer = new Lexer(BlockString.Print(value));
        var token = lexer.Read();

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n  ")]
    [InlineData("  every line\n  is indented")]
    [InlineData("carriage\rreturn")]
    [InlineData(" ")]
    public void CanPrint_ValueBlockStringValueWouldChange_IsFalse(string value) =>
        Assert.False(BlockString.CanPrint(value));

    [Fact]
    public void CanPrint_LoneSurrogate_IsFalseBecauseNoSourceTextCanHoldIt() =>
        Assert.False(BlockString.CanPrint("lone \uD800 surrogate"));
}
