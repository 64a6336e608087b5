namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>The DirectiveLocation names: ExecutableDirectiveLocation and TypeSystemDirectiveLocation.</summary>
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = ParseRootOperationTypesAfterBrace();
        return new SchemaDefinitionNode(SpanFrom(start), description, directives, operationTypes);
    }

    /// <summary>RootOperationTypeDefinition+ } : the rest of a schema definition or extension after its
    /// opening brace.</summary>
    private List<RootOperationTypeDefinitionNode> ParseRootOperationTypesAfterBrace()
    {
        var operationTypes = new List<RootOperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseRootOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return operationTypes;
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private RootOperationTypeDefinitionNode ParseRootOperationTypeDefinition()
    {
        var start = _token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new RootOperationTypeDefinitionNode(SpanFrom(start), operation, type);
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(SpanFrom(start), description, name, directives);
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]?
    /// FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(SpanFrom(start), description, name, interfaces, directives, fields);
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType ;
    /// absent gives an empty list.</summary>
    private List<NamedTypeNode> ParseImplementsInterfaces()
    {
        var interfaces = new List<NamedTypeNode>();
        if (ExpectOptionalKeyword("implements"))
        {
            ExpectOptional(TokenKind.Ampersand);
            do
            {
                interfaces.Add(ParseNamedType());
            }
            while (ExpectOptional(TokenKind.Ampersand));
        }

        return interfaces;
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ } ; absent gives an empty list.</summary>
    private List<FieldDefinitionNode> ParseFieldsDefinition()
    {
        var fields = new List<FieldDefinitionNode>();
        if (ExpectOptional(TokenKind.LeftBrace))
        {
            do
            {
                fields.Add(ParseFieldDefinition());
            }
            while (!ExpectOptional(TokenKind.RightBrace));
        }

        return fields;
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.LeftParen, TokenKind.RightParen);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(SpanFrom(start), description, name, arguments, type, directives);
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) and InputFieldsDefinition :
    /// { InputValueDefinition+ }, which differ only in their brackets; absent gives an empty list.</summary>
    private List<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        var definitions = new List<InputValueDefinitionNode>();
        if (ExpectOptional(open))
        {
            do
            {
                definitions.Add(ParseInputValueDefinition());
            }
            while (!ExpectOptional(close));
        }

        return definitions;
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(SpanFrom(start), description, name, type, defaultValue, directives);
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]?
    /// FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(SpanFrom(start), description, name, interfaces, directives, fields);
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(SpanFrom(start), description, name, directives, types);
    }

    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType ; absent gives an empty
    /// list.</summary>
    private List<NamedTypeNode> ParseUnionMemberTypes()
    {
        var types = new List<NamedTypeNode>();
        if (ExpectOptional(TokenKind.Equals))
        {
            ExpectOptional(TokenKind.Pipe);
            do
            {
                types.Add(ParseNamedType());
            }
            while (ExpectOptional(TokenKind.Pipe));
        }

        return types;
    }

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(SpanFrom(start), description, name, directives, values);
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } ; absent gives an empty list.</summary>
    private List<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        var values = new List<EnumValueDefinitionNode>();
        if (ExpectOptional(TokenKind.LeftBrace))
        {
            do
            {
                values.Add(ParseEnumValueDefinition());
            }
            while (!ExpectOptional(TokenKind.RightBrace));
        }

        return values;
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? ; EnumValue : Name but not
    /// <c>true</c>, <c>false</c> or <c>null</c></summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        if (PeekKeyword("true") || PeekKeyword("false") || PeekKeyword("null"))
        {
            throw new GraphQLSyntaxException(
                $"{Describe(_token)} is reserved and cannot be used for an enum value.", _token.Start);
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(SpanFrom(start), description, name, directives);
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]?
    /// InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        return new InputObjectTypeDefinitionNode(SpanFrom(start), description, name, directives, fields);
    }

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? <c>repeatable</c>? on
    /// DirectiveLocations ; DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.LeftParen, TokenKind.RightParen);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = new List<NameNode>();
        ExpectOptional(TokenKind.Pipe);
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(SpanFrom(start), description, name, arguments, repeatable, locations);
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _token;
        var name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(start);
    }
}
