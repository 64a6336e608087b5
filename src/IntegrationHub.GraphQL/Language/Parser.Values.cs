namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue |
    /// EnumValue | ListValue[?Const] | ObjectValue[?Const]. Where the grammar asks for Const, a variable is an
    /// error naming the variable.
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(SpanFrom(token), _lexer.TextOf(token).ToString());
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(SpanFrom(token), _lexer.TextOf(token).ToString());
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return _lexer.TextOf(token) switch
                {
                    // BooleanValue : one of true false ; NullValue : null ; EnumValue : Name but not those.
                    "true" => new BooleanValueNode(SpanFrom(token), true),
                    "false" => new BooleanValueNode(SpanFrom(token), false),
                    "null" => new NullValueNode(SpanFrom(token)),
                    var name => new EnumValueNode(SpanFrom(token), name.ToString()),
                };
            case TokenKind.Dollar when isConst:
                Advance();
                if (Peek(TokenKind.Name))
                {
                    throw new GraphQLSyntaxException(
                        $"Unexpected variable \"${_lexer.TextOf(_token)}\" in constant value.", token.Start);
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue, quoted or block; the lexer has already decoded it.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(SpanFrom(token), token.Value!, token.Kind == TokenKind.BlockString);
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        EnterNesting();
        Expect(TokenKind.LeftBracket);
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(SpanFrom(start), values);
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        EnterNesting();
        Expect(TokenKind.LeftBrace);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            fields.Add(ParseObjectField(isConst));
        }

        LeaveNesting();
        return new ObjectValueNode(SpanFrom(start), fields);
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(SpanFrom(start), name, value);
    }
}
