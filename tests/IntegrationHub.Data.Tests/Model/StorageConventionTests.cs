using IntegrationHub.Data.Model;
using IntegrationHub.Testing;

namespace IntegrationHub.Data.Tests.Model;

public sealed class StorageConventionTests
{
    [Theory]
    [InlineData("NationalId", "national_id")]
    [InlineData("NameTh", "name_th")]
    [InlineData("Id", "id")]
    [InlineData("HoldsWelfareCard", "holds_welfare_card")]
    public void SnakeCase_PascalCaseName_BecomesSnakeCase(string name, string expected)
    {
        Assert.Equal(expected, StoreNames.SnakeCase(name));
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void RequireUtc_NonUtcTimestamp_IsRefused(DateTimeKind kind)
    {
        var error = Assert.Throws<ArgumentException>(() => UtcDateTimeConverter.RequireUtc(new DateTime(2026, 11, 1, 9, 0, 0, kind)));

        Assert.Contains(kind.ToString(), error.Message);
    }

    /// <summary>Enumeration members are stored by name, so their names are a stored contract: renaming or removing
    /// one must come with a migration of the rows that hold it. This snapshot makes such a change visible.</summary>
    [Fact]
    public void StoredEnumerations_Names_MatchSnapshotAndFitTheColumn()
    {
        var enums = typeof(Household).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace == typeof(Household).Namespace)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        Assert.All(enums.SelectMany(Enum.GetNames), name => Assert.InRange(name.Length, 1, HubDbContext.EnumNameLength));
        Snapshot.Match(string.Join('\n', enums.Select(t => $"{t.Name}: {string.Join(", ", Enum.GetNames(t))}")) + "\n");
    }
}
