using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>A GraphQL schema (spec 3.3): root operation types, every type reachable from them or given
/// explicitly, and the directives. Construction collects and indexes types; whether the schema obeys the type
/// system rules is <see cref="SchemaValidator"/>'s job, which the builders run.</summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, List<ComplexType>> _implementations = [];
    private readonly Dictionary<NamedType, HashSet<ObjectType>> _possibleTypes = [];

    /// <summary>Collects the schema's types (the introspection types of spec 4.2 among them) and directives.</summary>
    /// <param name="query">The query root type; a schema without one is invalid, but can be built to report it.</param>
    /// <param name="mutation">The mutation root type, if the schema supports mutations.</param>
    /// <param name="subscription">The subscription root type, if the schema supports subscriptions.</param>
    /// <param name="types">Types to include even when no root reaches them (implementations of interfaces, say).</param>
    /// <param name="directives">The directives; the specified directives when null.</param>
    /// <param name="description">The schema's description.</param>
    /// <exception cref="SchemaException">Two different types share a name.</exception>
    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Directives = directives is null ? SpecifiedDirectives.All : [.. directives];

        foreach (var type in types ?? [])
        {
            Collect(type);
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root);
            }
        }

        Collect(Introspection.IntrospectionTypes.Schema);
        foreach (var directive in Directives)
        {
            if (!_directives.TryAdd(directive.Name, directive))
            {
                throw new SchemaException($"Directive \"@{directive.Name}\" is defined more than once.");
            }

            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.Unwrapped);
            }
        }

        Types = [.. _types.Values];
        IndexImplementations();
    }

    /// <summary>The schema's description (spec 3.3).</summary>
    public string? Description { get; }

    /// <summary>The query root operation type; null only in an invalid schema.</summary>
    public ObjectType? Query { get; }

    /// <summary>The mutation root operation type, or null.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root operation type, or null.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>Every named type, in the order first reached.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>The directives the schema supports.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The SDL schema definition and extensions the schema was built from, for error locations.</summary>
    public IReadOnlyList<SyntaxNode> SyntaxNodes { get; internal set; } = [];

    /// <summary>The directives applied to the schema in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The root type of <paramref name="operation"/>, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The object types a value of <paramref name="type"/> can have: the members of a union, the
    /// objects that declare they implement an interface, or the object itself.</summary>
    public IReadOnlyCollection<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        _ => _possibleTypes.TryGetValue(type, out var possible) ? possible : [],
    };

    /// <summary>The objects and interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<ComplexType> GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var implementations) ? implementations : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union, or declares that it
    /// implements the interface, <paramref name="abstractType"/>. Declarations are enough: a valid schema
    /// declares every interface a type implements, transitive ones included (spec 3.7).</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
        InterfaceType interfaceType => maybeSubType is ComplexType complex && GetImplementations(interfaceType).Contains(complex),
        _ => false,
    };

    /// <summary>Whether the two types can have a value in common: the same type, or overlapping possible types
    /// (spec 5.5.2.3, Fragment Spread Is Possible).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        var possibleA = GetPossibleTypes(a);
        return GetPossibleTypes(b).Any(possibleA.Contains);
    }

    private void Collect(NamedType type)
    {
        if (_types.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new SchemaException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return;
        }

        _types.Add(type.Name, type);
        switch (type)
        {
            case ComplexType complex:
                foreach (var parent in complex.Interfaces)
                {
                    Collect(parent);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.Unwrapped);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.Unwrapped);
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.Unwrapped);
                }

                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    break;
                case ComplexType complex:
                    foreach (var parent in complex.Interfaces)
                    {
                        if (!_implementations.TryGetValue(parent, out var list))
                        {
                            _implementations[parent] = list = [];
                        }

                        list.Add(complex);
                    }

                    break;
            }
        }

        foreach (var type in Types.OfType<InterfaceType>())
        {
            _possibleTypes[type] = [.. GetImplementations(type).OfType<ObjectType>()];
        }
    }
}
