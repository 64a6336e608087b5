namespace IntegrationHub.GraphQL.Language;

/// <summary>Limits that keep hostile documents from costing unbounded time, memory or stack. Exceeding one is a
/// <see cref="GraphQLSyntaxException"/> at the token that went over, never a crash.</summary>
public sealed record ParserOptions
{
    /// <summary>The limits for documents from clients: partner queries and introspection.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most lexical tokens (punctuators, names, numbers, strings; ignored tokens do not count) a document
    /// may hold. Default 15,000: graphql-js 17's full introspection query is 184 tokens and our kitchen-sink
    /// query, which uses every construct, 207, so real requests stay far below it, while no request can
    /// make the hub build an AST of millions of nodes. Trusted input, such as our own schema files, may set more.
    /// </summary>
    public int MaxTokens
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxTokens), value, "MaxTokens must be at least 1.");
    } = 15_000;

    /// <summary>
    /// How deeply selection sets, list values, object values and list types may nest, counted together along
    /// any path. Default 64: the deepest path in graphql-js 17's introspection query (its TypeRef fragment) is
    /// 10 levels, and real documents rarely pass 20. The parser is recursive, so this also bounds its stack
    /// use; it also checks the remaining stack, so even a huge configured value ends in a syntax error, never a
    /// stack overflow.
    /// </summary>
    public int MaxDepth
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "MaxDepth must be at least 1.");
    } = 64;
}
