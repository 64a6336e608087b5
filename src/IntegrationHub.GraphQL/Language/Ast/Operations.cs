namespace IntegrationHub.GraphQL.Language;

/// <summary>OperationType : one of <c>query</c> <c>mutation</c> <c>subscription</c>.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that yields a stream of results.</summary>
    Subscription,
}

/// <summary>
/// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet |
/// SelectionSet (spec 2.3). The second form, the query shorthand, has no name, variables, directives or
/// description, and is a query.
/// </summary>
public sealed class OperationDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <inheritdoc />
    public override StringValueNode? Description { get; } = description;

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The operation's name; null for anonymous operations.</summary>
    public NameNode? Name { get; } = name;

    /// <summary>The variable definitions; empty when there are none.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = Freeze(variableDefinitions);

    /// <summary>The directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <summary>The selections the operation makes on the root type.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("variableDefinitions", VariableDefinitions)
        .AddAll("directives", Directives).Add("selectionSet", SelectionSet);

    internal override bool HasSameValuesAs(SyntaxNode other) => ((OperationDefinitionNode)other).Operation == Operation;
}

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec 2.10).
/// The default value is constant.</summary>
public sealed class VariableDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description; null when absent.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The variable being defined.</summary>
    public VariableNode Variable { get; } = variable;

    /// <summary>The variable's input type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The constant default value; null when absent.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>The constant directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("variable", Variable).Add("type", Type)
        .Add("defaultValue", DefaultValue).AddAll("directives", Directives);
}

/// <summary>SelectionSet : { Selection+ } (spec 2.4).</summary>
public sealed class SelectionSetNode(SourceSpan location, IReadOnlyList<SelectionNode> selections) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections, at least one when parsed.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; } = Freeze(selections);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().AddAll("selections", Selections);
}

/// <summary>Selection : Field | FragmentSpread | InlineFragment.</summary>
public abstract class SelectionNode(SourceSpan location, IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    /// <summary>The selection's directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec 2.5).</summary>
public sealed class FieldNode(
    SourceSpan location,
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet) : SelectionNode(location, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>Alias : Name : ; null when the field is not aliased.</summary>
    public NameNode? Alias { get; } = alias;

    /// <summary>The field's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments; empty when there are none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = Freeze(arguments);

    /// <summary>The sub-selections; null for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of the field in the response: the alias if any, else the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("alias", Alias).Add("name", Name).AddAll("arguments", Arguments)
        .AddAll("directives", Directives).Add("selectionSet", SelectionSet);
}

/// <summary>Variable : $ Name (spec 2.10).</summary>
public sealed class VariableNode(SourceSpan location, NameNode name) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable's name, without the <c>$</c>.</summary>
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("name", Name);
}
