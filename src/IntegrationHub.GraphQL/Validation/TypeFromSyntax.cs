using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>Turns a type reference written in a document (<c>[Int!]</c>) into the schema's type.</summary>
internal static class TypeFromSyntax
{
    /// <summary>The type <paramref name="type"/> names, or null when its named type is not in the schema.</summary>
    public static GraphQLType? Resolve(Schema schema, TypeNode type) => type switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Resolve(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
