namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        // The document spans the whole source, ignored tokens included, as graphql-js's does.
        return new DocumentNode(new SourceSpan(new SourcePosition(0, 1, 1), _token.End), definitions);
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension. The keyword decides; a leading
    /// description is skipped over to find it, since descriptions precede the keyword of every definition that
    /// takes one.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            // Spec 2.3: "Descriptions are not permitted on query shorthand."
            throw new GraphQLSyntaxException(
                "Unexpected description, descriptions are not supported on shorthand queries.", _token.Start);
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keyword))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw new GraphQLSyntaxException(
                    "Unexpected description, only GraphQL definitions support descriptions.", _token.Start);
            }

            if (IsKeyword(keyword, "extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Name :: NameStart NameContinue*</summary>
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(SpanFrom(token), _lexer.TextOf(token).ToString());
    }

    /// <summary>Directives[Const] : Directive[?Const]+ ; absent directives give the shared empty list, so the
    /// common case allocates nothing.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return directives;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _token;
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(SpanFrom(start), name, arguments);
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) ; absent arguments give the shared empty list.</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return arguments;
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(SpanFrom(start), name, value);
    }
}
