using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parse_QueryShorthand_IsAnonymousQueryWithoutExtras()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Parser.Parse("{ a }").Definitions.Single());

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    public void Parse_OperationKeyword_SetsOperationType(string source, OperationType expected) =>
        Assert.Equal(expected, Assert.IsType<OperationDefinitionNode>(Parser.Parse(source).Definitions[0]).Operation);

    [Fact]
    public void Parse_Field_ReadsAliasNameArgumentsDirectivesAndSelections()
    {
        var field = FirstField("{ alias: name(a: 1, b: $v) @d1 @d2(x: true) { child } }");

        Assert.Equal("alias", field.Alias?.Value);
        Assert.Equal("name", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(argument => argument.Name.Value));
        Assert.IsType<VariableNode>(field.Arguments[1].Value);
        Assert.Equal(["d1", "d2"], field.Directives.Select(directive => directive.Name.Value));
        Assert.Equal("child", Assert.IsType<FieldNode>(field.SelectionSet!.Selections.Single()).Name.Value);
    }

    [Fact]
    public void Parse_Fragments_DistinguishesSpreadsAndInlineFragments()
    {
        var selections = Assert.IsType<OperationDefinitionNode>(
            Parser.Parse("{ ...F @d ... on T { a } ... @include(if: $x) { b } ... { c } }").Definitions[0]).SelectionSet.Selections;

        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Single(spread.Directives);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition?.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Single(selections[2].Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void Parse_ExecutableDescriptions_AreKeptOnOperationsFragmentsAndVariables()
    {
        var document = Parser.Parse(""""
            "op" query Q("var" $a: Int) { a }
            """frag""" fragment F on T { a }
            """");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("op", operation.Description?.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description?.Value);
        Assert.Equal("frag", fragment.Description?.Value);
        Assert.True(fragment.Description?.Block);
    }

    [Fact]
    public void Parse_VariableDefinition_ReadsTypeDefaultAndDirectives()
    {
        var variable = Assert.IsType<OperationDefinitionNode>(
            Parser.Parse("query ($a: [Int!]! = [1, 2] @d(x: 1)) { a }").Definitions[0]).VariableDefinitions.Single();

        Assert.Equal("a", variable.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(variable.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal(2, Assert.IsType<ListValueNode>(variable.DefaultValue).Values.Count);
        Assert.Single(variable.Directives);
    }

    [Theory]
    [InlineData("query ($a: Int = $b) { a }", 18)]
    [InlineData("query ($a: Int = [1, {x: $b}]) { a }", 26)]
    [InlineData("query ($a: Int @d(x: $b)) { a }", 22)]
    [InlineData("type T { f(a: Int = $b): Int }", 21)]
    [InlineData("type T @d(x: $b)", 14)]
    public void Parse_VariableWhereGrammarAsksForConst_FailsNamingTheVariable(string source, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Unexpected variable \"$b\" in constant value.", exception.Reason);
        Assert.Equal(column, exception.Column);
    }

    [Fact]
    public void Parse_EveryValueKind_BuildsTheMatchingNode()
    {
        var values = FirstField(""""{ f(a: 1, b: -2.5e3, c: "s", d: """b""", e: true, f: null, g: ENUM, h: [], i: {}, j: $v) }"""")
            .Arguments.Select(argument => argument.Value).ToList();

        Assert.Equal("1", Assert.IsType<IntValueNode>(values[0]).Value);
        Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(values[1]).Value);
        Assert.False(Assert.IsType<StringValueNode>(values[2]).Block);
        Assert.True(Assert.IsType<StringValueNode>(values[3]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values[4]).Value);
        Assert.IsType<NullValueNode>(values[5]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(values[6]).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(values[7]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values[8]).Fields);
        Assert.Equal("v", Assert.IsType<VariableNode>(values[9]).Name.Value);
    }

    [Fact]
    public void Parse_NodeLocations_SpanFirstToLastTokenOnEveryLine()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Parser.Parse("query Q {\n  a(x: 1)\n}").Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);

        Assert.Equal(new SourceSpan(new SourcePosition(0, 1, 1), new SourcePosition(21, 3, 2)), operation.Location);
        Assert.Equal(new SourceSpan(new SourcePosition(8, 1, 9), new SourcePosition(21, 3, 2)), operation.SelectionSet.Location);
        Assert.Equal(new SourceSpan(new SourcePosition(12, 2, 3), new SourcePosition(19, 2, 10)), field.Location);
        Assert.Equal((2, 8), (field.Arguments[0].Value.Location.Start.Line, field.Arguments[0].Value.Location.Start.Column));
    }

    [Fact]
    public void ParseValue_Variable_IsAllowed()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, $a, {b: \"c\"}]"));

        Assert.IsType<VariableNode>(list.Values[1]);
        Assert.IsType<ObjectValueNode>(list.Values[2]);
    }

    [Fact]
    public void ParseConstValue_Variable_FailsAtTheDollar()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $a]"));

        Assert.Equal((1, 5), (exception.Line, exception.Column));
    }

    [Fact]
    public void ParseType_NestedListsAndNonNull_BuildsWrappedTypes()
    {
        var type = Parser.ParseType("[[Household!]]!");

        Assert.Equal("[[Household!]]!", Printer.Print(type));
        Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(type).Type);
    }

    [Theory]
    [InlineData("Int Int", "Expected <EOF>, found Name \"Int\".")]
    [InlineData("Int!!", "Expected <EOF>, found \"!\".")]
    public void ParseType_TrailingTokens_AreRejected(string source, string reason) =>
        Assert.Equal(reason, Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(source)).Reason);

    [Theory]
    [InlineData("{ a(", "Expected Name, found <EOF>.")]
    [InlineData("{ }", "Expected Name, found \"}\".")]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".")]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".")]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".")]
    [InlineData("{ a(x: \"s\" }", "Expected Name, found \"}\".")]
    [InlineData("notAnOperation { a }", "Unexpected Name \"notAnOperation\".")]
    [InlineData("", "Unexpected <EOF>.")]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("directive @d on NOWHERE", "Unexpected Name \"NOWHERE\".")]
    [InlineData("extend type T", "Unexpected <EOF>.")]
    [InlineData("\"d\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.")]
    [InlineData("\"d\" extend type T @a", "Unexpected description, only GraphQL definitions support descriptions.")]
    [InlineData("{ a(x: \"\"\"b\"\"\" c) }", "Expected \":\", found \")\".")]
    public void Parse_BadDocument_ExplainsWhatWasExpectedAndFound(string source, string reason) =>
        Assert.Equal(reason, Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Reason);

    [Fact]
    public void Parse_ObjectAndInterfaceDefinitions_ReadInterfacesFieldsAndArguments()
    {
        var document = Parser.Parse("""
            interface Located implements & Node & Geo { id: ID! }
            type H implements Node @key { f("d" a: Int = 1 @x, b: [S]): [H!]! @cost }
            """);

        var located = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["Node", "Geo"], located.Interfaces.Select(type => type.Name.Value));
        var household = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[1]);
        var field = household.Fields.Single();
        Assert.Equal(["a", "b"], field.Arguments.Select(argument => argument.Name.Value));
        Assert.Equal("d", field.Arguments[0].Description?.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Equal("cost", field.Directives.Single().Name.Value);
    }

    [Fact]
    public void Parse_DirectiveDefinition_ReadsRepeatableAndLocations()
    {
        var directive = Assert.IsType<DirectiveDefinitionNode>(
            Parser.Parse("directive @d(a: Int) repeatable on | FIELD | OBJECT").Definitions[0]);

        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(location => location.Value));
        Assert.Single(directive.Arguments);
    }

    [Fact]
    public void Parse_TypesWithoutBodies_AreAllowedByTheGrammar()
    {
        var document = Parser.Parse("type A interface B union C enum D input E scalar F");

        Assert.Equal(6, document.Definitions.Count);
        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]).Fields);
    }

    [Theory]
    [InlineData("extend schema @d", typeof(SchemaExtensionNode))]
    [InlineData("extend schema { query: Q }", typeof(SchemaExtensionNode))]
    [InlineData("extend scalar S @d", typeof(ScalarTypeExtensionNode))]
    [InlineData("extend type T implements I", typeof(ObjectTypeExtensionNode))]
    [InlineData("extend type T @d", typeof(ObjectTypeExtensionNode))]
    [InlineData("extend type T { f: Int }", typeof(ObjectTypeExtensionNode))]
    [InlineData("extend interface I implements J", typeof(InterfaceTypeExtensionNode))]
    [InlineData("extend union U = A | B", typeof(UnionTypeExtensionNode))]
    [InlineData("extend union U @d", typeof(UnionTypeExtensionNode))]
    [InlineData("extend enum E { A }", typeof(EnumTypeExtensionNode))]
    [InlineData("extend input I { a: Int }", typeof(InputObjectTypeExtensionNode))]
    [InlineData("extend input I @d", typeof(InputObjectTypeExtensionNode))]
    public void Parse_EveryExtensionForm_BuildsItsNode(string source, Type nodeType) =>
        Assert.IsType(nodeType, Parser.Parse(source).Definitions.Single());

    [Fact]
    public void Parse_SchemaDefinition_ReadsRootOperationTypes()
    {
        var schema = Assert.IsType<SchemaDefinitionNode>(
            Parser.Parse("\"s\" schema @d { query: Q mutation: M subscription: S }").Definitions[0]);

        Assert.Equal("s", schema.Description?.Value);
        Assert.Equal(
            [OperationType.Query, OperationType.Mutation, OperationType.Subscription],
            schema.OperationTypes.Select(root => root.Operation));
    }

    [Fact]
    public void NonNullTypeNode_WrappingNonNull_IsRejectedLikeTheGrammarDoes()
    {
        var nonNull = Assert.IsType<NonNullTypeNode>(Parser.ParseType("Int!"));

        Assert.Throws<ArgumentException>(() => new NonNullTypeNode(default, nonNull));
    }

    private static FieldNode FirstField(string source) => Assert.IsType<FieldNode>(
        Assert.IsType<OperationDefinitionNode>(Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0]);
}
