namespace IntegrationHub.GraphQL.Language;

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (spec 3).</summary>
public abstract class TypeSystemDefinitionNode(SourceSpan location, StringValueNode? description) : DefinitionNode(location)
{
    /// <summary>The description; null when absent.</summary>
    public StringValueNode? Description { get; } = description;
}

/// <summary>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition |
/// UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition (spec 3.4).</summary>
public abstract class TypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : TypeSystemDefinitionNode(location, description)
{
    /// <summary>The type's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The constant directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);
}

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
/// (spec 3.3).</summary>
public sealed class SchemaDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<RootOperationTypeDefinitionNode> operationTypes) : TypeSystemDefinitionNode(location, description)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <summary>The constant directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <summary>The root operation types, at least one.</summary>
    public IReadOnlyList<RootOperationTypeDefinitionNode> OperationTypes { get; } = Freeze(operationTypes);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).AddAll("directives", Directives).AddAll("operationTypes", OperationTypes);
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec 3.3.1).</summary>
public sealed class RootOperationTypeDefinitionNode(SourceSpan location, OperationType operation, NamedTypeNode type)
    : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RootOperationTypeDefinition;

    /// <summary>Which root operation this names the type of.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The object type that is that root.</summary>
    public NamedTypeNode Type { get; } = type;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("type", Type);

    internal override bool HasSameValuesAs(SyntaxNode other) =>
        ((RootOperationTypeDefinitionNode)other).Operation == Operation;
}

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("directives", Directives);
}

/// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]?
/// FieldsDefinition? (spec 3.6).</summary>
public sealed class ObjectTypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <summary>ImplementsInterfaces: the interfaces implemented; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = Freeze(interfaces);

    /// <summary>The fields; empty when the definition has no FieldsDefinition.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("interfaces", Interfaces)
        .AddAll("directives", Directives).AddAll("fields", Fields);
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec 3.6).</summary>
public sealed class FieldDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>The description; null when absent.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The field's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>ArgumentsDefinition: the arguments; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = Freeze(arguments);

    /// <summary>The field's output type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The constant directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("arguments", Arguments)
        .Add("type", Type).AddAll("directives", Directives);
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec 3.6.1):
/// an argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description; null when absent.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The input value's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The input type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The constant default value; null when absent.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>The constant directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).Add("type", Type)
        .Add("defaultValue", DefaultValue).AddAll("directives", Directives);
}

/// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]?
/// FieldsDefinition? (spec 3.7). Interfaces may implement other interfaces.</summary>
public sealed class InterfaceTypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>ImplementsInterfaces: the interfaces implemented; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = Freeze(interfaces);

    /// <summary>The fields; empty when the definition has no FieldsDefinition.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("interfaces", Interfaces)
        .AddAll("directives", Directives).AddAll("fields", Fields);
}

/// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec 3.8).</summary>
public sealed class UnionTypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>UnionMemberTypes: the member types; empty when none are given.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = Freeze(types);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("directives", Directives).AddAll("types", Types);
}

/// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>The enum values; empty when the definition has no EnumValuesDefinition.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = Freeze(values);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("directives", Directives).AddAll("values", Values);
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (spec 3.9).</summary>
public sealed class EnumValueDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The description; null when absent.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The value's name; never <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The constant directives; empty when there are none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = Freeze(directives);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("directives", Directives);
}

/// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
/// (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>The input fields; empty when the definition has no InputFieldsDefinition.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("directives", Directives).AddAll("fields", Fields);
}

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? <c>repeatable</c>? on
/// DirectiveLocations (spec 3.13).</summary>
public sealed class DirectiveDefinitionNode(
    SourceSpan location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations) : TypeSystemDefinitionNode(location, description)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The directive's name, without the <c>@</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>ArgumentsDefinition: the arguments; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = Freeze(arguments);

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool Repeatable { get; } = repeatable;

    /// <summary>DirectiveLocations: where the directive may appear. The parser only accepts the names of
    /// ExecutableDirectiveLocation and TypeSystemDirectiveLocation.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = Freeze(locations);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList()
        .Add("description", Description).Add("name", Name).AddAll("arguments", Arguments).AddAll("locations", Locations);

    internal override bool HasSameValuesAs(SyntaxNode other) => ((DirectiveDefinitionNode)other).Repeatable == Repeatable;
}
