namespace IntegrationHub.Policies;

/// <summary>The field coordinates (<c>Type.field</c>) the GraphQL schema defines. Given to the loader, it turns a
/// scope or mask naming a coordinate the schema lacks into an error; without it coordinates are checked for form only.</summary>
public interface ISchemaCoordinates
{
    /// <summary>True when the schema has the field <paramref name="coordinate"/>, e.g. <c>Member.nationalId</c>.</summary>
    bool Contains(string coordinate);
}
