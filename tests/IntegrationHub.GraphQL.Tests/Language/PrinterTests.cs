using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void Print_QueryShorthand_PrintsOnlyTheSelectionSet() =>
        Assert.Equal("{\n  a\n  b {\n    c\n  }\n}", Printer.Print(Parser.Parse("query { a, b { c } }")));

    [Fact]
    public void Print_NamedOperation_KeepsKeywordNameVariablesAndDirectives() =>
        Assert.Equal(
            "query Q($a: Int = 1, $b: [String!]!) @d {\n  f(a: $a)\n}",
            Printer.Print(Parser.Parse("query Q($a:Int=1 $b:[String!]!)@d{f(a:$a)}")));

    [Fact]
    public void Print_ArgumentsPastEightyCharacters_GoOnePerLine()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ household(identifier: \"0000000000000\", province: \"TH-10\", includeMembers: true, year: 2026) }"));

        Assert.Equal(
            "{\n  household(\n    identifier: \"0000000000000\"\n    province: \"TH-10\"\n    includeMembers: true\n    year: 2026\n  )\n}",
            printed);
    }

    [Fact]
    public void Print_QuotedString_EscapesQuotesBackslashesAndControlCharacters() =>
        Assert.Equal(
            "\"a \\\" \\\\ \\n \\t \\u0007 \\u0085 ก\"",
            Printer.Print(Parser.ParseValue("\"a \\\" \\\\ \\n \\t \\u0007 \\u0085 ก\"")));

    [Fact]
    public void Print_BlockStringDescription_StaysABlockStringAboveItsDefinition() =>
        Assert.Equal(
            "\"\"\"\nA household.\nVerified.\n\"\"\"\ntype H {\n  \"One line.\"\n  id: ID\n}",
            Printer.Print(Parser.Parse("\"\"\"\n  A household.\n  Verified.\n\"\"\" type H { \"One line.\" id: ID }")));

    [Fact]
    public void Print_BlockStringWhoseValueCannotBeABlock_FallsBackToQuotes()
    {
        var node = new StringValueNode(default, "\n  starts with a blank line", block: true);

        Assert.Equal("\"\\n  starts with a blank line\"", Printer.Print(node));
    }

    [Fact]
    public void Print_ValuesAndTypes_UseCanonicalSpacing()
    {
        Assert.Equal("{ a: [1, 2.5, ENUM, null, true], b: {} }", Printer.Print(Parser.ParseValue("{a:[1 2.5 ENUM null true] b:{}}")));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[ [ Int ! ] ] !")));
    }

    [Fact]
    public void Print_BlockStringInsideNestedSelection_SurvivesIndentation()
    {
        var original = Parser.Parse("{ a { b(text: \"\"\"\n    line one\n      line two\n    \"\"\") } }");

        var reparsed = Parser.Parse(Printer.Print(original));

        Assert.True(SyntaxEquality.AreEqual(original, reparsed));
    }

    [Fact]
    public void Print_BlockStringWithBlankLine_IndentsWithoutTrailingWhitespace() =>
        Assert.Equal(
            "{\n  a(text: \"\"\"\n  one\n\n  two\n  \"\"\")\n}",
            Printer.Print(Parser.Parse("{ a(text: \"\"\"\n    one\n\n    two\n\"\"\") }")));

    [Fact]
    public void ToString_AnyNode_IsItsPrintedText()
    {
        var directive = new DirectiveNode(
            default, new NameNode(default, "include"), [new ArgumentNode(default, new NameNode(default, "if"), Parser.ParseValue("$x"))]);

        Assert.Equal("@include(if: $x)", directive.ToString());
    }
}
