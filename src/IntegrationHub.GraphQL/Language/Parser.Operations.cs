namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet |
    /// SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(SpanFrom(start), null, OperationType.Query, null, [], [], shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(SpanFrom(start), description, operation, name, variables, directives, selectionSet);
    }

    /// <summary>OperationType : one of <c>query</c> <c>mutation</c> <c>subscription</c></summary>
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return _lexer.TextOf(token) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ ) ; absent definitions give an empty list.</summary>
    private List<VariableDefinitionNode> ParseVariableDefinitions()
    {
        var definitions = new List<VariableDefinitionNode>();
        if (ExpectOptional(TokenKind.LeftParen))
        {
            do
            {
                definitions.Add(ParseVariableDefinition());
            }
            while (!ExpectOptional(TokenKind.RightParen));
        }

        return definitions;
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? ;
    /// DefaultValue : = Value[Const]</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(SpanFrom(start), description, variable, type, defaultValue, directives);
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(SpanFrom(start), name);
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        EnterNesting();
        Expect(TokenKind.LeftBrace);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        LeaveNesting();
        return new SelectionSetNode(SpanFrom(start), selections);
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? ; Alias : Name :</summary>
    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(SpanFrom(start), alias, name, arguments, directives, selectionSet);
    }
}
