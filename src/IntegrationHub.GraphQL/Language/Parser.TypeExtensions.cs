namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension ; the word after <c>extend</c>
    /// decides.</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keyword))
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } |
    /// extend schema Directives[Const] [lookahead != {]</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        List<RootOperationTypeDefinitionNode> operationTypes = ExpectOptional(TokenKind.LeftBrace)
            ? ParseRootOperationTypesAfterBrace()
            : [];
        RequireExtensionContent(directives.Count + operationTypes.Count);
        return new SchemaExtensionNode(SpanFrom(start), directives, operationTypes);
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireExtensionContent(directives.Count);
        return new ScalarTypeExtensionNode(SpanFrom(start), name, directives);
    }

    /// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces</summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return new ObjectTypeExtensionNode(SpanFrom(start), name, interfaces, directives, fields);
    }

    /// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]?
    /// FieldsDefinition | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name
    /// ImplementsInterfaces</summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return new InterfaceTypeExtensionNode(SpanFrom(start), name, interfaces, directives, fields);
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name
    /// Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireExtensionContent(directives.Count + types.Count);
        return new UnionTypeExtensionNode(SpanFrom(start), name, directives, types);
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name
    /// Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireExtensionContent(directives.Count + values.Count);
        return new EnumTypeExtensionNode(SpanFrom(start), name, directives, values);
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition |
    /// extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        RequireExtensionContent(directives.Count + fields.Count);
        return new InputObjectTypeExtensionNode(SpanFrom(start), name, directives, fields);
    }

    /// <summary>Every extension form must add something; an extension that adds nothing fails at the token
    /// where its content should have started.</summary>
    private readonly void RequireExtensionContent(int addedCount)
    {
        if (addedCount == 0)
        {
            throw Unexpected();
        }
    }
}
