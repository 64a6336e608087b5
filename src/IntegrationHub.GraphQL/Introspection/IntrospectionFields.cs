using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Introspection;

/// <summary>The meta-fields of spec 4.2.2: <c>__typename</c> on every object, interface and union;
/// <c>__schema</c> and <c>__type(name:)</c> on the query root. They belong to no type (their
/// <see cref="FieldDefinition.DeclaringType"/> is null) and are never listed by introspection.</summary>
public static class IntrospectionFields
{
    /// <summary>The field <paramref name="name"/> selected on <paramref name="parentType"/>: one of the type's
    /// own fields, or a meta-field where spec 4.2.2 puts one. Execution and validation both look fields up
    /// here, so they agree on where the meta-fields exist.</summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == TypeName.Name && parentType is ComplexType or UnionType)
            {
                return TypeName;
            }

            if (ReferenceEquals(parentType, schema.Query))
            {
                if (name == Schema.Name)
                {
                    return Schema;
                }

                if (name == Type.Name)
                {
                    return Type;
                }
            }
        }

        return (parentType as ComplexType)?.GetField(name);
    }

    /// <summary><c>__typename: String!</c>, the name of the object type being completed.</summary>
    public static FieldDefinition TypeName { get; } = new(
        "__typename",
        new NonNullType(SpecifiedScalars.String),
        resolver: context => new ValueTask<object?>(context.ParentType.Name),
        description: "The name of the current Object type at runtime.");

    /// <summary><c>__schema: __Schema!</c>.</summary>
    public static FieldDefinition Schema { get; } = new(
        "__schema",
        new NonNullType(IntrospectionTypes.Schema),
        resolver: context => new ValueTask<object?>(context.Schema),
        description: "Access the current type schema of this server.");

    /// <summary><c>__type(name: String!): __Type</c>.</summary>
    public static FieldDefinition Type { get; } = new(
        "__type",
        IntrospectionTypes.Type,
        [new InputValueDefinition("name", new NonNullType(SpecifiedScalars.String))],
        context => new ValueTask<object?>(context.Arguments.GetValueOrDefault("name") is string name ? context.Schema.GetType(name) : null),
        "Request the type information of a single type.");
}
