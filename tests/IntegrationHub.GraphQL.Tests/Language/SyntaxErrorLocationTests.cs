using System.Text.Json;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>Every bad document in SyntaxErrorSources.json must fail at the line and column graphql-js 17.1.0
/// reports (recorded in SyntaxErrorCases.json by SyntaxErrorCases.mjs), so the differential harness agrees.</summary>
public class SyntaxErrorLocationTests
{
    /// <summary>Documents graphql-js 17 accepts although the September 2025 grammar forbids them, with the error
    /// we report instead. graphql-js 17 goes beyond that edition in three ways: it allows empty selection sets
    /// by default (the grammar says SelectionSet : { Selection+ }), directives on directive definitions, and
    /// <c>extend directive</c> (the grammar has neither).</summary>
    private static readonly Dictionary<string, string> SpecForbidsButGraphQLJsAccepts = new()
    {
        ["{ }"] = "Expected Name, found \"}\".",
        ["{ a { } }"] = "Expected Name, found \"}\".",
        ["query Q { a { b { } } }"] = "Expected Name, found \"}\".",
        ["fragment F on T { }"] = "Expected Name, found \"}\".",
        ["directive @d @e on FIELD"] = "Expected \"on\", found \"@\".",
        ["extend directive @d @e"] = "Unexpected Name \"directive\".",
    };

    private static readonly Lazy<List<ErrorCase>> Cases = new(() =>
    {
        using var stream = File.OpenRead(TestFiles.PathOf("SyntaxErrorCases.json"));
        var document = JsonSerializer.Deserialize<CaseFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return document!.Cases;
    });

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in LoadCases())
        {
            data.Add(testCase.Source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Parse_RecordedDocument_FailsWhereGraphQLJsFailsUnlessTheSpecDisagrees(string source)
    {
        var expected = LoadCases().Single(testCase => testCase.Source == source);
        if (expected.Accepted)
        {
            if (SpecForbidsButGraphQLJsAccepts.TryGetValue(source, out var reason))
            {
                Assert.Equal(reason, Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Reason);
            }
            else
            {
                Assert.NotEmpty(Parser.Parse(source).Definitions);
            }

            return;
        }

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.True(
            (expected.Line, expected.Column) == (exception.Line, exception.Column),
            $"graphql-js: {expected.Line}:{expected.Column} {expected.GraphqlJsMessage}\nours:       {exception.Line}:{exception.Column} {exception.Message}");
    }

    [Theory]
    [InlineData("{ a ¤ }", 1, 5, "Invalid character: U+D800.")]
    [InlineData("# comment ¤\n{ a }", 1, 11, "Invalid character: U+D800.")]
    [InlineData("{ a(x: \"a¤b\") }", 1, 10, "Invalid character within String: U+D800.")]
    [InlineData("{ a(x: \"\"\"\n\n  abc\n  ¤\"\"\") }", 4, 3, "Invalid character within String: U+D800.")]
    public void Parse_LoneSurrogate_FailsWhereGraphQLJsDoes(string template, int line, int column, string reason)
    {
        // ¤ stands for a lone U+D800: attribute arguments and JSON cannot carry lone surrogates.
        // Expectations are graphql-js 17.1.0's.
        var source = template.Replace("¤", "\uD800", StringComparison.Ordinal);

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal((line, column), (exception.Line, exception.Column));
        Assert.Equal(reason, exception.Reason);
    }

    [Fact]
    public void Parse_EmojiOutsideString_IsUnexpectedCharacterNamedByCodePoint()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a \uD83D\uDE00 }"));

        Assert.Equal((1, 5), (exception.Line, exception.Column));
        Assert.Equal("Unexpected character: U+1F600.", exception.Reason);
    }

    [Theory]
    [InlineData("# \uD83D\uDE00\n{ a }")]
    [InlineData("{ a(x: \"\uD83D\uDE00\") }")]
    public void Parse_SurrogatePairInCommentOrString_IsAccepted(string source) =>
        Assert.Single(Parser.Parse(source).Definitions);

    private static List<ErrorCase> LoadCases() => Cases.Value;

    private sealed record CaseFile(string GeneratedBy, List<ErrorCase> Cases);

    private sealed record ErrorCase(string Source, bool Accepted, int Line, int Column, string? GraphqlJsMessage);
}
