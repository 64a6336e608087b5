using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.Api.Tests.Loading;

public sealed class SelectedFieldsTests
{
    private static readonly string[] HouseholdFields = ["id", "address", "areaCode", "group", "members"];

    [Fact]
    public void Below_DirectSelection_IsExactlyItsFields()
    {
        var selected = SelectedFields.Below(RootFields("{ household(id: 1) { id address } }"));

        Assert.Equal(["id", "address"], HouseholdFields.Where(selected.Contains));
    }

    [Fact]
    public void Below_ConnectionPaths_AreTheUnionOfNodesAndEdgeNodes()
    {
        var selected = SelectedFields.Below(
            RootFields("{ households { totalCount nodes { id } edges { cursor node { areaCode } } } }"), ["nodes"], ["edges", "node"]);

        Assert.Equal(["id", "areaCode"], HouseholdFields.Where(selected.Contains));
        Assert.False(selected.Contains("cursor"));
        Assert.False(selected.Contains("totalCount"));
    }

    [Fact]
    public void Below_InlineFragmentsAndMergedSiblings_Count()
    {
        var selected = SelectedFields.Below(
            RootFields("{ households { nodes { id } ... { nodes { ... on Household { group } } } } households { nodes { members { id } } } }"),
            ["nodes"]);

        Assert.Equal(["id", "group", "members"], HouseholdFields.Where(selected.Contains));
    }

    [Fact]
    public void Below_NamedFragmentSpread_IsEverything()
    {
        var selected = SelectedFields.Below(RootFields("{ household(id: 1) { id ...Rest } } fragment Rest on Household { address }"));

        Assert.Same(SelectedFields.Everything, selected);
        Assert.All(HouseholdFields, field => Assert.True(selected.Contains(field)));
    }

    /// <summary>The root fields of the document's operation, as a resolver sees merged field nodes.</summary>
    private static List<FieldNode> RootFields(string document) =>
        [.. Parser.Parse(document).Definitions.OfType<OperationDefinitionNode>().Single().SelectionSet.Selections.OfType<FieldNode>()];
}
