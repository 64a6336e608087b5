using System.Text.RegularExpressions;
using IntegrationHub.GraphQL.Printing;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.Testing;

namespace IntegrationHub.Api.Tests;

public sealed partial class HubSchemaTests
{
    [Fact]
    public void Print_Twice_IsIdentical()
    {
        Assert.Equal(SchemaPrinter.Print(HubSchema.Instance), SchemaPrinter.Print(HubSchema.Instance));
    }

    [Fact]
    public void CatalogueCoordinates_DefinedByTheSchema_AreNullable()
    {
        var defined = CatalogueCoordinates().Select(Find).OfType<FieldDefinition>().ToList();

        Assert.NotEmpty(defined);
        Assert.All(defined, field => Assert.False(field.Type is NonNullType, $"{field.Coordinate} is guarded by a scope, so it must be nullable."));
    }

    [Theory]
    [InlineData("Household")]
    [InlineData("Member")]
    [InlineData("Referral")]
    [InlineData("AssistanceRecord")]
    public void EveryField_OfAGuardedType_IsInTheCatalogue(string typeName)
    {
        var catalogue = CatalogueCoordinates().ToHashSet(StringComparer.Ordinal);
        var type = Assert.IsType<ObjectType>(HubSchema.Instance.GetType(typeName));

        Assert.All(type.Fields, field => Assert.True(catalogue.Contains(field.Coordinate), $"{field.Coordinate} is in no scope of policies/catalogue.yaml."));
    }

    [Fact]
    public void EveryTypeAndField_HasADescription()
    {
        var ours = HubSchema.Instance.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarType { IsSpecifiedScalar: true });

        Assert.All(ours, type =>
        {
            Assert.False(string.IsNullOrWhiteSpace(type.Description), $"Type {type.Name} has no description.");
            if (type is ComplexType complex)
            {
                Assert.All(complex.Fields, field => Assert.False(string.IsNullOrWhiteSpace(field.Description), $"{field.Coordinate} has no description."));
            }
        });
    }

    private static FieldDefinition? Find(string coordinate)
    {
        var (typeName, fieldName) = (coordinate[..coordinate.IndexOf('.')], coordinate[(coordinate.IndexOf('.') + 1)..]);
        return (HubSchema.Instance.GetType(typeName) as ComplexType)?.GetField(fieldName);
    }

    /// <summary>The <c>Type.field</c> entries of the scope catalogue's field lists.</summary>
    private static IEnumerable<string> CatalogueCoordinates() =>
        File.ReadLines(RepositoryPaths.Combine("policies", "catalogue.yaml"))
            .Select(line => CoordinateLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"^\s+-\s+([A-Z]\w*\.\w+)\s*$")]
    private static partial Regex CoordinateLine();
}
