namespace IntegrationHub.GraphQL.Language;

/// <summary>FragmentSpread : ... FragmentName Directives? (spec 2.8).</summary>
public sealed class FragmentSpreadNode(SourceSpan location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : SelectionNode(location, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The name of the fragment spread here; never <c>on</c>.</summary>
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().Add("name", Name).AddAll("directives", Directives);
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (spec 2.8.2).</summary>
public sealed class InlineFragmentNode(
    SourceSpan location,
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : SelectionNode(location, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>TypeCondition : on NamedType ; null when the fragment applies to the enclosing type.</summary>
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    /// <summary>The fragment's selections.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("typeCondition", TypeCondition).AddAll("directives", Directives).Add("selectionSet", SelectionSet);
}

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
/// (spec 2.8).</summary>
public sealed class FragmentDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <inheritdoc />
    public override StringValueNode? Description { get; } = description;

    /// <summary>The fragment's name; never <c>on</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The type the fragment applies to.</summary>
    public NamedTypeNode TypeCondition { get; } = typeCondition;

    /// <summary>The directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <summary>The fragment's selections.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).Add("typeCondition", TypeCondition)
        .AddAll("directives", Directives).Add("selectionSet", SelectionSet);
}
