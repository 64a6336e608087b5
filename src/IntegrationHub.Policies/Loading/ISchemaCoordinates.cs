namespace IntegrationHub.Policies;

/// <summary>The field coordinates (<c>Type.field</c>) the GraphQL schema defines. Given to the loader, it turns a
/// scope or mask naming a coordinate the schema lacks into an error; without it coordinates are checked for form only.</summary>
public interface ISchemaCoordinates
{
    /// <summary>True when the schema has the field <paramref name="coordinate"/>, e.g. <c>Member.nationalId</c>.</summary>
    bool Contains(string coordinate);

    /// <summary>Whether the field <paramref name="coordinate"/> returns text (<c>String</c>, nullable or not), the
    /// only values a mask can shorten while the result stays of the field's type.</summary>
    bool IsText(string coordinate);
}
