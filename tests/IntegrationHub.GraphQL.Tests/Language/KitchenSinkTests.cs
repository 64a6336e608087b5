using IntegrationHub.GraphQL.Language;
using IntegrationHub.Testing;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>Two documents that use every construct of the grammar: their trees are snapshotted, and they
/// survive printing and parsing again.</summary>
public class KitchenSinkTests
{
    [Theory]
    [InlineData("KitchenSink.graphql")]
    [InlineData("SchemaKitchenSink.graphql")]
    public void Parse_KitchenSink_TreeMatchesSnapshot(string fileName)
    {
        var document = Parser.Parse(TestFiles.Read(fileName));

        Snapshot.Match(AstDump.Of(document), Path.GetFileNameWithoutExtension(fileName));
    }

    [Theory]
    [InlineData("KitchenSink.graphql")]
    [InlineData("SchemaKitchenSink.graphql")]
    public void Print_KitchenSink_MatchesSnapshot(string fileName)
    {
        var document = Parser.Parse(TestFiles.Read(fileName));

        Snapshot.Match(Printer.Print(document), Path.GetFileNameWithoutExtension(fileName));
    }

    [Theory]
    [InlineData("KitchenSink.graphql")]
    [InlineData("SchemaKitchenSink.graphql")]
    public void Print_KitchenSinkParsedAgain_EqualsOriginalTree(string fileName)
    {
        var original = Parser.Parse(TestFiles.Read(fileName));

        var printed = Printer.Print(original);
        var reparsed = Parser.Parse(printed);

        Assert.True(SyntaxEquality.AreEqual(original, reparsed), printed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Theory]
    [InlineData("KitchenSink")]
    [InlineData("SchemaKitchenSink")]
    public void Parse_KitchenSink_EveryNodeSpansWhatGraphQLJsSpans(string name)
    {
        // <name>.locations.txt is written by NodeLocations.mjs from graphql-js 17.1.0's tree of the same file.
        var expected = File.ReadAllLines(TestFiles.PathOf(name + ".locations.txt"));
        var spans = new SpanCollector();

        SyntaxWalker.Walk(Parser.Parse(TestFiles.Read(name + ".graphql")), spans);

        Assert.Equal(expected, spans.Spans.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_KitchenSinks_UseEverySyntaxKind()
    {
        var seen = new HashSet<SyntaxKind>();
        foreach (var fileName in new[] { "KitchenSink.graphql", "SchemaKitchenSink.graphql" })
        {
            SyntaxWalker.Walk(Parser.Parse(TestFiles.Read(fileName)), new KindCollector(seen));
        }

        Assert.Empty(Enum.GetValues<SyntaxKind>().Except(seen));
    }

    private sealed class SpanCollector : SyntaxVisitor
    {
        public List<string> Spans { get; } = [];

        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            var (start, end) = (node.Location.Start, node.Location.End);
            Spans.Add($"{start.Line}:{start.Column}-{end.Line}:{end.Column}");
            return VisitAction.Continue;
        }
    }

    private sealed class KindCollector(HashSet<SyntaxKind> seen) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            seen.Add(node.Kind);
            return VisitAction.Continue;
        }
    }
}
