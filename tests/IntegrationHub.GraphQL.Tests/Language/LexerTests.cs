using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParen)]
    [InlineData(")", TokenKind.RightParen)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    [InlineData("_name9", TokenKind.Name)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("\"s\"", TokenKind.String)]
    [InlineData("\"\"\"s\"\"\"", TokenKind.BlockString)]
    public void Read_SingleToken_HasItsKindAndSpansTheWholeText(string source, TokenKind kind)
    {
        var tokens = Lex(source);

        Assert.Equal([kind, TokenKind.EndOfFile], tokens.Select(token => token.Kind));
        Assert.Equal((0, source.Length), (tokens[0].Start.Offset, tokens[0].End.Offset));
    }

    [Fact]
    public void Read_IgnoredTokens_AreSkippedAndLinesCounted()
    {
        const string source = "\uFEFF\t a,,# comment ! {\r\n\rb\n  c";

        var tokens = Lex(source);

        Assert.Equal(["a", "b", "c"], tokens.Where(token => token.Kind == TokenKind.Name).Select(token => Text(token, source)));
        Assert.Equal(new SourcePosition(3, 1, 4), tokens[0].Start);
        Assert.Equal(new SourcePosition(22, 3, 1), tokens[1].Start);
        Assert.Equal(new SourcePosition(26, 4, 3), tokens[2].Start);
    }

    [Fact]
    public void Read_AfterSurrogatePair_CountsColumnsInUtf16CodeUnitsLikeGraphQLJs()
    {
        var tokens = Lex("\"\uD83D\uDE00\" a");

        Assert.Equal(6, tokens[1].Start.Column);
    }

    [Fact]
    public void Read_AtEndOfSource_ReturnsEndOfFileEveryTime()
    {
        var lexer = new Lexer("a ");
        lexer.Read();

        Assert.Equal(TokenKind.EndOfFile, lexer.Read().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Read().Kind);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("1234567890", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.25", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E+10", TokenKind.Float)]
    [InlineData("6.0221e-23", TokenKind.Float)]
    public void Read_Number_KeepsItsTextAndKind(string source, TokenKind kind)
    {
        var token = Lex(source)[0];

        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, Text(token, source));
    }

    [Theory]
    [InlineData("00", 1, "Invalid number, unexpected digit after 0: \"0\".")]
    [InlineData("-", 1, "Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.", 2, "Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.e5", 2, "Invalid number, expected digit but got: \"e\".")]
    [InlineData("1e", 2, "Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.5.5", 3, "Invalid number, expected digit but got: \".\".")]
    [InlineData("123abc", 3, "Invalid number, expected digit but got: \"a\".")]
    [InlineData("0x1F", 1, "Invalid number, expected digit but got: \"x\".")]
    [InlineData(".5", 0, "Invalid number, expected digit before \".\", did you mean \"0.5\"?")]
    public void Read_MalformedNumber_FailsAtTheOffendingCharacter(string source, int offset, string reason) =>
        AssertFails(source, offset, reason);

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\"", "")]
    [InlineData("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\\u0E01\"", "Aéก")]
    [InlineData("\"\\u{41}\\u{1F600}\"", "A\uD83D\uDE00")]
    [InlineData("\"\\u{000000041}\"", "A")]
    [InlineData("\"\\uD83D\\uDE00\"", "\uD83D\uDE00")]
    [InlineData("\"raw \uD83D\uDE00 and \u0007 bell\"", "raw \uD83D\uDE00 and \u0007 bell")]
    public void Read_String_DecodesEveryEscape(string source, string value)
    {
        var token = Lex(source)[0];

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"abc", 4, "Unterminated string.")]
    [InlineData("\"ab\ncd\"", 3, "Unterminated string.")]
    [InlineData("\"a\\", 2, "Invalid character escape sequence: \"\\\".")]
    [InlineData("\"\\x\"", 1, "Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"\\u12\"", 1, "Invalid Unicode escape sequence: \"\\u12\"\".")]
    [InlineData("\"\\uD800\"", 1, "Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData("\"\\uDE00\"", 1, "Invalid Unicode escape sequence: \"\\uDE00\".")]
    [InlineData("\"\\uD83D\\u0041\"", 1, "Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\u{}\"", 1, "Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData("\"\\u{110000}\"", 1, "Invalid Unicode escape sequence: \"\\u{110000\".")]
    [InlineData("\"\\u{D800}\"", 1, "Invalid Unicode escape sequence: \"\\u{D800}\".")]
    [InlineData("\"\\u{1F60G}\"", 1, "Invalid Unicode escape sequence: \"\\u{1F60G\".")]
    public void Read_MalformedString_FailsWithReasonAndPosition(string source, int offset, string reason) =>
        AssertFails(source, offset, reason);

    [Fact]
    public void Read_BlockString_AppliesBlockStringValueAndTracksLines()
    {
        const string source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\" next";

        var tokens = Lex(source);

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", tokens[0].Value);
        Assert.Equal(new SourcePosition(0, 1, 1), tokens[0].Start);
        Assert.Equal((7, 6), (tokens[0].End.Line, tokens[0].End.Column));
        Assert.Equal((7, 7), (tokens[1].Start.Line, tokens[1].Start.Column));
    }

    [Theory]
    [InlineData("\"\"\"a \\\"\"\" b\"\"\"", "a \"\"\" b")]
    [InlineData("\"\"\"no \\n escapes\"\"\"", "no \\n escapes")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"  first line keeps its indent\n  x\"\"\"", "  first line keeps its indent\nx")]
    public void Read_BlockString_HandlesEscapedQuotesRawBackslashesAndLineEndings(string source, string value) =>
        Assert.Equal(value, Lex(source)[0].Value);

    [Fact]
    public void Read_UnterminatedBlockString_FailsAtEndOfSource() =>
        AssertFails("\"\"\"abc\n", 7, "Unterminated string.");

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\u00A0", "Unexpected character: U+00A0.")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?")]
    [InlineData(".", "Unexpected character: \".\".")]
    public void Read_CharacterNoTokenStartsWith_FailsNamingIt(string source, string reason) =>
        AssertFails(source, 0, reason);

    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Read();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfFile);

        return tokens;
    }

    private static string Text(Token token, string source) =>
        source[token.Start.Offset..token.End.Offset];

    private static void AssertFails(string source, int offset, string reason)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

        Assert.Equal(reason, exception.Reason);
        Assert.Equal(offset, exception.Position.Offset);
        Assert.Equal("Syntax Error: " + reason, exception.Message);
    }
}
