namespace IntegrationHub.GraphQL.Types;

/// <summary>An object or interface type: a named set of fields, implementing interfaces (spec 3.6, 3.7).
/// Fields and interfaces are given as functions, called once on first use, so that types can refer to each
/// other (and to themselves) before they all exist.</summary>
public abstract class ComplexType : NamedType
{
    private readonly Lazy<FieldMap> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    private protected ComplexType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces,
        string? description)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<FieldMap>(() => new FieldMap(this, fields()));
        _interfaces = new Lazy<IReadOnlyList<InterfaceType>>(() => interfaces is null ? [] : [.. interfaces()]);
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields.Value.InOrder;

    /// <summary>The interfaces this type declares it implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    /// <summary>The field called <paramref name="name"/>, or null.</summary>
    public FieldDefinition? GetField(string name) => _fields.Value.ByName.GetValueOrDefault(name);

    private sealed class FieldMap
    {
        public FieldMap(ComplexType owner, IEnumerable<FieldDefinition> fields)
        {
            InOrder = [.. fields];
            ByName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
            foreach (var field in InOrder)
            {
                if (!ByName.TryAdd(field.Name, field))
                {
                    throw new SchemaException($"Type \"{owner.Name}\" has more than one field named \"{field.Name}\".");
                }

                if (field.DeclaringType is not null && !ReferenceEquals(field.DeclaringType, owner))
                {
                    throw new SchemaException(
                        $"Field \"{field.Name}\" of \"{owner.Name}\" already belongs to \"{field.DeclaringType.Name}\"; a field definition belongs to one type.");
                }

                field.DeclaringType = owner;
                foreach (var argument in field.Arguments)
                {
                    argument.Coordinate = $"{owner.Name}.{field.Name}({argument.Name}:)";
                }
            }
        }

        public IReadOnlyList<FieldDefinition> InOrder { get; }

        public Dictionary<string, FieldDefinition> ByName { get; }
    }
}

/// <summary>An object type (spec 3.6): the only kind of type whose values are returned concretely.</summary>
public sealed class ObjectType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null,
    Func<object, bool>? isTypeOf = null) : ComplexType(name, fields, interfaces, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Whether a value belongs to this type, for abstract types that resolve by asking each possible
    /// type; null to rely on the abstract type's resolution.</summary>
    public Func<object, bool>? IsTypeOf { get; } = isTypeOf;
}

/// <summary>An interface type (spec 3.7), implemented by objects and other interfaces.</summary>
public sealed class InterfaceType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null,
    TypeResolver? resolveType = null) : ComplexType(name, fields, interfaces, description), IAbstractType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc />
    public TypeResolver ResolveType { get; } = resolveType ?? DefaultTypeResolver.ByTypeName;
}
