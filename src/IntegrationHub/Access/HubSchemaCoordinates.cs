using IntegrationHub.GraphQL.Types;
using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>The field coordinates of the hub's GraphQL schema, against which the policy files' scope catalogue is
/// checked: a scope that names a field the schema does not have guards nothing, and is an error.</summary>
public sealed class HubSchemaCoordinates(Schema schema) : ISchemaCoordinates
{
    /// <summary>The coordinates of the schema the hub serves.</summary>
    public static HubSchemaCoordinates Hub { get; } = new(Api.HubSchema.Instance);

    /// <inheritdoc />
    public bool Contains(string coordinate) => Find(coordinate) is not null;

    /// <inheritdoc />
    public bool IsText(string coordinate) =>
        Find(coordinate)?.Type is var type && (type is NonNullType nonNull ? nonNull.OfType : type) == SpecifiedScalars.String;

    private FieldDefinition? Find(string coordinate) =>
        coordinate.Split('.') is [var typeName, var fieldName] && schema.GetType(typeName) is ComplexType type
            ? type.GetField(fieldName)
            : null;
}
