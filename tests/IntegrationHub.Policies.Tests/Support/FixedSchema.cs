namespace IntegrationHub.Policies.Tests;

/// <summary>A schema that has exactly the given field coordinates.</summary>
internal sealed class FixedSchema(params string[] coordinates) : ISchemaCoordinates
{
    private readonly HashSet<string> _coordinates = new(coordinates, StringComparer.Ordinal);

    /// <summary>The coordinates of the Valid fixture's catalogue.</summary>
    public static FixedSchema ForValidFixture { get; } = new(
        "Household.householdCode", "Household.members", "Member.nationalId", "Member.firstName", "Member.birthDate",
        "Member.lastName", "Member.healthCondition");

    public bool Contains(string coordinate) => _coordinates.Contains(coordinate);
}
