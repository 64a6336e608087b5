using System.Runtime.CompilerServices;

namespace IntegrationHub.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (spec section 2 and the type system grammar of section 3),
/// one method per grammar production, split into partial files by spec section. The parser holds one current
/// token, as graphql-js does, so a lexical error surfaces when the parser steps onto the bad token and every
/// error is reported at the line and column graphql-js reports.
/// </summary>
public ref partial struct Parser
{
    private readonly ParserOptions _options;
    private Lexer _lexer;
    private Token _token;
    private SourcePosition _previousEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(ReadOnlySpan<char> source, ParserOptions? options)
    {
        _options = options ?? ParserOptions.Default;
        _lexer = new Lexer(source);
        Advance();
    }

    /// <summary>Parses a whole document: executable definitions, type system definitions and extensions.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a document, or exceeds a limit in
    /// <paramref name="options"/> (<see cref="ParserOptions.Default"/> when null).</exception>
    public static DocumentNode Parse(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses one value, which may contain variables (Value[~Const]), e.g. a literal in a test or tool.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one constant value (Value[Const]): a default value or a directive argument in SDL.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one type reference, such as <c>[Household!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _previousEnd = _token.End;
        _token = _lexer.Read();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw new GraphQLSyntaxException(
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.", _token.Start);
        }
    }

    /// <summary>The token after the current one, without moving: the lexer is a value, so a copy reads ahead.</summary>
    private readonly Token Lookahead()
    {
        var probe = _lexer;
        return probe.Read();
    }

    private readonly bool Peek(TokenKind kind) => _token.Kind == kind;

    private readonly bool PeekKeyword(string keyword) => IsKeyword(_token, keyword);

    private readonly bool IsKeyword(in Token token, string keyword) =>
        token.Kind == TokenKind.Name && _lexer.TextOf(token).SequenceEqual(keyword);

    /// <summary>Consumes a token of <paramref name="kind"/>, or fails naming what was expected and found.</summary>
    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw new GraphQLSyntaxException($"Expected {Describe(kind)}, found {Describe(token)}.", token.Start);
        }

        Advance();
        return token;
    }

    /// <summary>Consumes a token of <paramref name="kind"/> if it is the current one.</summary>
    private bool ExpectOptional(TokenKind kind)
    {
        if (!Peek(kind))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the name <paramref name="keyword"/>, or fails. GraphQL keywords are ordinary names that
    /// the grammar expects in certain places.</summary>
    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw new GraphQLSyntaxException($"Expected \"{keyword}\", found {Describe(_token)}.", _token.Start);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_token);

    private readonly GraphQLSyntaxException Unexpected(in Token token) =>
        new($"Unexpected {Describe(token)}.", token.Start);

    /// <summary>The span from <paramref name="start"/> to the end of the last consumed token.</summary>
    private readonly SourceSpan SpanFrom(in Token start) => new(start.Start, _previousEnd);

    /// <summary>Enters a selection set, list value, object value or list type whose opening token is current.
    /// Enforces <see cref="ParserOptions.MaxDepth"/>, and refuses to recurse further when the thread's stack runs
    /// low whatever the configured depth, so hostile nesting is a syntax error and never a stack overflow.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw new GraphQLSyntaxException(
                $"Document nests more than {_options.MaxDepth} levels of selection sets, lists, input objects or list types. Parsing aborted.",
                _token.Start);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphQLSyntaxException("Document nests too deeply for the parser's stack. Parsing aborted.", _token.Start);
        }
    }

    private void LeaveNesting() => _depth--;

    private readonly string Describe(in Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.String or TokenKind.BlockString => $"{Describe(token.Kind)} \"{token.Value}\"",
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Describe(token.Kind)} \"{_lexer.TextOf(token)}\"",
        _ => Describe(token.Kind),
    };

    /// <summary>How messages name a token kind: punctuators quoted as written, others by grammar name.</summary>
    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParen => "\"(\"",
        TokenKind.RightParen => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind."),
    };
}
