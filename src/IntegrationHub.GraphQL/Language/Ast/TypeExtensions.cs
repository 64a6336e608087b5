namespace IntegrationHub.GraphQL.Language;

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec 3.1). Extensions carry no
/// description.</summary>
public abstract class TypeSystemExtensionNode(SourceSpan location, IReadOnlyList<DirectiveNode> directives)
    : DefinitionNode(location)
{
    /// <summary>The constant directives added; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);
}

/// <summary>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension |
/// UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension (spec 3.4.3).</summary>
public abstract class TypeExtensionNode(SourceSpan location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeSystemExtensionNode(location, directives)
{
    /// <summary>The name of the type extended.</summary>
    public NameNode Name { get; } = name;
}

/// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } |
/// extend schema Directives[Const] (spec 3.3.2).</summary>
public sealed class SchemaExtensionNode(
    SourceSpan location,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<RootOperationTypeDefinitionNode> operationTypes) : TypeSystemExtensionNode(location, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <summary>The root operation types added; empty when none.</summary>
    public IReadOnlyList<RootOperationTypeDefinitionNode> OperationTypes { get; } = Freeze(operationTypes);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().AddAll("directives", Directives).AddAll("operationTypes", OperationTypes);
}

/// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (spec 3.5.1).</summary>
public sealed class ScalarTypeExtensionNode(SourceSpan location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().Add("name", Name).AddAll("directives", Directives);
}

/// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?,
/// with at least one of the three (spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode(
    SourceSpan location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    /// <summary>The interfaces added; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = Freeze(interfaces);

    /// <summary>The fields added; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("name", Name).AddAll("interfaces", Interfaces).AddAll("directives", Directives).AddAll("fields", Fields);
}

/// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]?
/// FieldsDefinition?, with at least one of the three (spec 3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode(
    SourceSpan location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <summary>The interfaces added; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = Freeze(interfaces);

    /// <summary>The fields added; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("name", Name).AddAll("interfaces", Interfaces).AddAll("directives", Directives).AddAll("fields", Fields);
}

/// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name
/// Directives[Const] (spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode(
    SourceSpan location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <summary>The member types added; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = Freeze(types);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().Add("name", Name).AddAll("directives", Directives).AddAll("types", Types);
}

/// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name
/// Directives[Const] (spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode(
    SourceSpan location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>The values added; empty when none.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = Freeze(values);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().Add("name", Name).AddAll("directives", Directives).AddAll("values", Values);
}

/// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition |
/// extend input Name Directives[Const] (spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode(
    SourceSpan location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <summary>The input fields added; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().Add("name", Name).AddAll("directives", Directives).AddAll("fields", Fields);
}
