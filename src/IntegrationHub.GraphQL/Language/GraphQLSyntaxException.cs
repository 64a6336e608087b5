namespace IntegrationHub.GraphQL.Language;

/// <summary>A GraphQL document that does not follow the grammar (spec section 2), or that exceeds a limit in
/// <see cref="ParserOptions"/>. The message reads like graphql-js's, e.g. <c>Syntax Error: Expected Name,
/// found "}".</c>, and the position is the one graphql-js reports for the same document.</summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the error for <paramref name="reason"/> at <paramref name="position"/>.</summary>
    public GraphQLSyntaxException(string reason, SourcePosition position)
        : base("Syntax Error: " + reason)
    {
        Reason = reason;
        Position = position;
    }

    /// <summary>What is wrong, without the <c>Syntax Error:</c> prefix.</summary>
    public string Reason { get; }

    /// <summary>Where it is wrong.</summary>
    public SourcePosition Position { get; }

    /// <summary>The 1-based line of <see cref="Position"/>.</summary>
    public int Line => Position.Line;

    /// <summary>The 1-based column of <see cref="Position"/>, in UTF-16 code units.</summary>
    public int Column => Position.Column;

    /// <summary>The error for <paramref name="reason"/> at character <paramref name="offset"/> of
    /// <paramref name="source"/>.</summary>
    internal static GraphQLSyntaxException At(ReadOnlySpan<char> source, int offset, string reason) =>
        new(reason, SourcePosition.Of(source, offset));
}
