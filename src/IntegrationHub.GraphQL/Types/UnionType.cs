namespace IntegrationHub.GraphQL.Types;

/// <summary>A union type (spec 3.8): one of several object types. Members are given as a function, called once
/// on first use.</summary>
public sealed class UnionType(
    string name,
    Func<IEnumerable<ObjectType>> types,
    string? description = null,
    TypeResolver? resolveType = null) : NamedType(name, description), IAbstractType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types = new(() => [.. types()]);

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    /// <inheritdoc />
    public TypeResolver ResolveType { get; } = resolveType ?? DefaultTypeResolver.ByTypeName;
}
