namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType ; ListType : [ Type ] ; NonNullType : NamedType ! |
    /// ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            LeaveNesting();
            type = new ListTypeNode(SpanFrom(start), itemType);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(SpanFrom(start), type) : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeNode(SpanFrom(start), name);
    }
}
