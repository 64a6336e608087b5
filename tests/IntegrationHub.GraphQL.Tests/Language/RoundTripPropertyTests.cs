using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>Property: for any grammatical tree, parse(print(tree)) equals the tree, and printing is stable.</summary>
public class RoundTripPropertyTests
{
    [Fact]
    public void ParsePrint_RandomDocuments_ReproduceTheTree()
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var original = new RandomSyntax(seed).Document();
            var printed = Printer.Print(original);

            var reparsed = Parser.Parse(printed);

            Assert.True(SyntaxEquality.AreEqual(original, reparsed), $"seed {seed} printed:\n{printed}");
            Assert.Equal(printed, Printer.Print(reparsed));
        }
    }
}
