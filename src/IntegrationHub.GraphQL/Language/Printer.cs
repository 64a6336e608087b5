using System.Text;

namespace IntegrationHub.GraphQL.Language;

/// <summary>
/// Prints any syntax tree as canonical GraphQL text in graphql-js's style: two-space indentation, one selection
/// or field per line, descriptions on the line above what they describe, block strings kept as block strings
/// when their value allows it, and field arguments wrapped onto their own lines past 80 characters. Parsing the
/// output gives a tree equal to the input (<see cref="SyntaxEquality"/>), locations aside.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The canonical text of <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node) => node switch
    {
        NameNode name => name.Value,
        DocumentNode document => Join(document.Definitions, "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => Describe(variable.Description) + Print(variable.Variable) + ": "
            + Print(variable.Type) + Wrap(" = ", variable.DefaultValue) + Wrap(" ", Join(variable.Directives, " ")),
        VariableNode variable => "$" + variable.Name.Value,
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => PrintField(field),
        ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
        FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Join(spread.Directives, " ")),
        InlineFragmentNode inline => JoinParts(
            " ", "...", Wrap("on ", inline.TypeCondition), Join(inline.Directives, " "), Print(inline.SelectionSet)),
        FragmentDefinitionNode fragment => Describe(fragment.Description) + "fragment " + fragment.Name.Value
            + " on " + Print(fragment.TypeCondition) + " " + Wrap("", Join(fragment.Directives, " "), " ")
            + Print(fragment.SelectionSet),
        IntValueNode value => value.Value,
        FloatValueNode value => value.Value,
        StringValueNode value => value.Block && BlockString.CanPrint(value.Value)
            ? BlockString.Print(value.Value)
            : Quote(value.Value),
        BooleanValueNode value => value.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode value => value.Value,
        ListValueNode list => "[" + Join(list.Values, ", ") + "]",
        ObjectValueNode obj => obj.Fields.Count == 0 ? "{}" : "{ " + Join(obj.Fields, ", ") + " }",
        ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
        DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments, ", "), ")"),
        NamedTypeNode type => type.Name.Value,
        ListTypeNode type => "[" + Print(type.Type) + "]",
        NonNullTypeNode type => Print(type.Type) + "!",
        SchemaDefinitionNode schema => Describe(schema.Description)
            + JoinParts(" ", "schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        RootOperationTypeDefinitionNode root => Keyword(root.Operation) + ": " + Print(root.Type),
        ScalarTypeDefinitionNode scalar => Describe(scalar.Description)
            + JoinParts(" ", "scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeDefinitionNode type => Describe(type.Description) + JoinParts(
            " ", "type", type.Name.Value, Implements(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)),
        FieldDefinitionNode field => Describe(field.Description) + field.Name.Value + ArgumentDefinitions(field.Arguments)
            + ": " + Print(field.Type) + Wrap(" ", Join(field.Directives, " ")),
        InputValueDefinitionNode input => Describe(input.Description) + input.Name.Value + ": " + Print(input.Type)
            + Wrap(" = ", input.DefaultValue) + Wrap(" ", Join(input.Directives, " ")),
        InterfaceTypeDefinitionNode type => Describe(type.Description) + JoinParts(
            " ", "interface", type.Name.Value, Implements(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)),
        UnionTypeDefinitionNode union => Describe(union.Description) + JoinParts(
            " ", "union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))),
        EnumTypeDefinitionNode type => Describe(type.Description)
            + JoinParts(" ", "enum", type.Name.Value, Join(type.Directives, " "), Block(type.Values)),
        EnumValueDefinitionNode value => Describe(value.Description)
            + JoinParts(" ", value.Name.Value, Join(value.Directives, " ")),
        InputObjectTypeDefinitionNode type => Describe(type.Description)
            + JoinParts(" ", "input", type.Name.Value, Join(type.Directives, " "), Block(type.Fields)),
        DirectiveDefinitionNode directive => Describe(directive.Description) + "directive @" + directive.Name.Value
            + ArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : "") + " on "
            + Join(directive.Locations, " | "),
        SchemaExtensionNode schema => JoinParts(
            " ", "extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        ScalarTypeExtensionNode scalar => JoinParts(" ", "extend scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeExtensionNode type => JoinParts(
            " ", "extend type", type.Name.Value, Implements(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)),
        InterfaceTypeExtensionNode type => JoinParts(
            " ", "extend interface", type.Name.Value, Implements(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)),
        UnionTypeExtensionNode union => JoinParts(
            " ", "extend union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))),
        EnumTypeExtensionNode type => JoinParts(
            " ", "extend enum", type.Name.Value, Join(type.Directives, " "), Block(type.Values)),
        InputObjectTypeExtensionNode type => JoinParts(
            " ", "extend input", type.Name.Value, Join(type.Directives, " "), Block(type.Fields)),
        _ => throw new ArgumentException($"The printer does not know syntax kind {node.Kind}.", nameof(node)),
    };

    /// <summary>The keyword of <paramref name="operation"/>: <c>query</c>, <c>mutation</c> or
    /// <c>subscription</c>.</summary>
    public static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };

    /// <summary><paramref name="value"/> as a quoted StringValue: quotes, backslashes and control characters
    /// (C0, DEL and C1) escaped, everything else written as is.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\b' => quoted.Append("\\b"),
                '\f' => quoted.Append("\\f"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' or (>= '\u007F' and <= '\u009F') => quoted.Append($"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var isShorthand = operation is { Operation: OperationType.Query, Name: null, Description: null }
            && operation.VariableDefinitions.Count == 0
            && operation.Directives.Count == 0;
        if (isShorthand)
        {
            return Print(operation.SelectionSet);
        }

        // Variables with descriptions go one per line, so that each description sits above its variable.
        var variables = operation.VariableDefinitions.Any(variable => variable.Description is not null)
            ? Wrap("(\n", Indent(Join(operation.VariableDefinitions, "\n")), "\n)")
            : Wrap("(", Join(operation.VariableDefinitions, ", "), ")");
        var head = JoinParts(
            " ", Keyword(operation.Operation), (operation.Name?.Value ?? "") + variables, Join(operation.Directives, " "));
        return Describe(operation.Description) + head + " " + Print(operation.SelectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap("", field.Alias, ": ") + field.Name.Value;
        var arguments = Join(field.Arguments, ", ");
        var wrapped = prefix.Length + arguments.Length + 2 > MaxLineLength
            ? Wrap("(\n", Indent(Join(field.Arguments, "\n")), "\n)")
            : Wrap("(", arguments, ")");
        return prefix + wrapped + Wrap(" ", Join(field.Directives, " ")) + Wrap(" ", field.SelectionSet);
    }

    /// <summary>Argument definitions go one per line when any spans lines (a description does).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(argument => argument.Contains('\n'))
            ? Wrap("(\n", Indent(string.Join("\n", printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
    }

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces, " & "));

    private static string Describe(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    private static string Block(IReadOnlyList<SyntaxNode> nodes) =>
        nodes.Count == 0 ? "" : "{\n" + Indent(Join(nodes, "\n")) + "\n}";

    /// <summary>Indents every non-empty line by two spaces. Block string content is indented too, which is
    /// safe: BlockStringValue() removes indentation common to its lines.</summary>
    private static string Indent(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : "  " + line));

    private static string Join(IEnumerable<SyntaxNode> nodes, string separator) =>
        string.Join(separator, nodes.Select(Print));

    private static string JoinParts(string separator, params string[] parts) =>
        string.Join(separator, parts.Where(part => part.Length > 0));

    private static string Wrap(string start, SyntaxNode? node, string end = "") =>
        node is null ? "" : start + Print(node) + end;

    private static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? "" : start + text + end;
}
