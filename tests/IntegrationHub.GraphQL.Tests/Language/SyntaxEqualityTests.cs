using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class SyntaxEqualityTests
{
    [Fact]
    public void AreEqual_SameDocumentWrittenDifferently_IsTrue() =>
        Assert.True(SyntaxEquality.AreEqual(
            Parser.Parse("query Q { a(x: \"v\") }"),
            Parser.Parse("query Q {\n  # comment\n  a(x: \"\"\"v\"\"\"),\n}")));

    [Theory]
    [InlineData("query Q { a }", "query R { a }")]
    [InlineData("query Q { a }", "mutation Q { a }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 2) }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: true) }", "{ a(x: false) }")]
    [InlineData("{ a b }", "{ b a }")]
    [InlineData("{ a }", "{ a: a }")]
    [InlineData("{ a }", "{ a { b } }")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("schema { query: Q }", "schema { mutation: Q }")]
    [InlineData("type T { f(a: Int = 1): Int }", "type T { f(a: Int): Int }")]
    public void AreEqual_DocumentsThatDifferInMeaning_IsFalse(string left, string right) =>
        Assert.False(SyntaxEquality.AreEqual(Parser.Parse(left), Parser.Parse(right)));

    [Fact]
    public void AreEqual_NullAgainstNode_IsFalseAndNullAgainstNullIsTrue()
    {
        Assert.False(SyntaxEquality.AreEqual(null, Parser.ParseType("Int")));
        Assert.True(SyntaxEquality.AreEqual(null, null));
    }
}
