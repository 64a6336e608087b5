namespace IntegrationHub.Policies.Tests;

/// <summary>A schema that has exactly the given field coordinates.</summary>
internal sealed class FixedSchema(params string[] coordinates) : ISchemaCoordinates
{
    private readonly HashSet<string> _coordinates = new(coordinates, StringComparer.Ordinal);

    /// <summary>The coordinates of the Valid fixture's catalogue.</summary>
    public static FixedSchema ForValidFixture { get; } = new(
        "Household.householdCode", "Household.members", "Member.nationalId", "Member.firstName", "Member.birthDate",
        "Member.lastName", "Member.healthCondition")
    {
        NotText = new HashSet<string>(StringComparer.Ordinal) { "Member.birthDate" },
    };

    /// <summary>The coordinates whose fields are not text (dates, numbers); every other one is a String.</summary>
    public IReadOnlySet<string> NotText { get; init; } = new HashSet<string>();

    public bool Contains(string coordinate) => _coordinates.Contains(coordinate);

    public bool IsText(string coordinate) => Contains(coordinate) && !NotText.Contains(coordinate);
}
