using IntegrationHub.GraphQL.Introspection;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>Finds the definition of a field selected on a type, including the meta-fields the schema's types do
/// not declare (spec 4.2.2), through <see cref="IntrospectionFields.Find"/>, the lookup execution uses too.</summary>
internal static class FieldLookup
{
    /// <summary>The field <paramref name="fieldName"/> of <paramref name="parentType"/>, or null when it has none.</summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string fieldName) =>
        IntrospectionFields.Find(schema, parentType, fieldName);
}
