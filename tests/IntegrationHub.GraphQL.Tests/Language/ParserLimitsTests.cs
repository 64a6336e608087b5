using System.Text;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>Hostile documents end in a syntax error at the token that broke a limit, never in a stack
/// overflow or an unbounded parse.</summary>
public class ParserLimitsTests
{
    private const int HostileNesting = 100_000;

    private static readonly ParserOptions NoTokenLimit = new() { MaxTokens = int.MaxValue };

    [Fact]
    public void Parse_100000NestedListValues_FailsAtTheFirstBracketPastMaxDepth()
    {
        // "{ a(x: " opens one selection set, so the 64th bracket is nesting level 65.
        var source = "{ a(x: " + new string('[', HostileNesting);

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, NoTokenLimit));

        Assert.StartsWith("Document nests more than 64 levels", exception.Reason, StringComparison.Ordinal);
        Assert.Equal(7 + 63, exception.Position.Offset);
    }

    [Fact]
    public void Parse_100000NestedSelectionSets_FailsAtMaxDepth()
    {
        var source = new StringBuilder().Insert(0, "{ a ", HostileNesting).ToString();

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, NoTokenLimit));

        Assert.StartsWith("Document nests more than 64 levels", exception.Reason, StringComparison.Ordinal);
        Assert.Equal(64 * 4, exception.Position.Offset);
    }

    [Fact]
    public void Parse_100000NestedListTypes_FailsAtMaxDepth()
    {
        var source = "query ($v: " + new string('[', HostileNesting) + "Int";

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, NoTokenLimit));

        Assert.StartsWith("Document nests more than 64 levels", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_100000NestedObjectValues_FailsAtMaxDepth()
    {
        var source = "{ a(x: " + new StringBuilder().Insert(0, "{b: ", HostileNesting);

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, NoTokenLimit));

        Assert.StartsWith("Document nests more than 64 levels", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DepthLimitRaisedBeyondTheStack_FailsWithSyntaxErrorNotStackOverflow()
    {
        var unlimited = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var source = "{ a(x: " + new string('[', 1_000_000);

        // Run on a thread with a small stack so the guard is exercised whatever the test runner's stack size.
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, unlimited);
                }
                catch (Exception exception)
                {
                    caught = exception;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        var syntaxError = Assert.IsType<GraphQLSyntaxException>(caught);
        Assert.Equal("Document nests too deeply for the parser's stack. Parsing aborted.", syntaxError.Reason);
    }

    [Fact]
    public void Parse_NestingExactlyAtMaxDepth_IsAccepted()
    {
        var options = new ParserOptions { MaxDepth = 5 };

        // One selection set and four lists: five levels.
        Assert.Single(Parser.Parse("{ a(x: [[[[1]]]]) }", options).Definitions);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: [[[[[1]]]]]) }", options));
    }

    [Fact]
    public void Parse_MoreTokensThanMaxTokens_FailsAtTheFirstTokenOverTheLimit()
    {
        var source = "{ " + new StringBuilder().Insert(0, "a ", 20_000) + "}";

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Document contains more than 15000 tokens. Parsing aborted.", exception.Reason);
        Assert.Equal(2 + (2 * 14_999), exception.Position.Offset);
    }

    [Fact]
    public void Parse_TokenCountExactlyAtMaxTokens_IsAccepted()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        Assert.Single(Parser.Parse("{ a b }", options).Definitions);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", options));
    }

    [Fact]
    public void Parse_TenMegabytesOfFields_StopsAtTheTokenLimit()
    {
        var source = "{ " + new StringBuilder(10_000_000).Insert(0, "field ", 10_000_000 / 6) + "}";

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.StartsWith("Document contains more than 15000 tokens", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TenMegabyteStringAndComment_AreFewTokensAndParse()
    {
        var big = new string('x', 10_000_000);
        var source = "# " + big + "\n{ a(text: \"" + big + "\") }";

        var field = Assert.IsType<FieldNode>(
            Assert.IsType<OperationDefinitionNode>(Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0]);

        Assert.Equal(big.Length, Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value.Length);
        Assert.Equal(2, field.Location.Start.Line);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ParserOptions_NonPositiveLimits_AreRejected(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = limit });
    }
}
