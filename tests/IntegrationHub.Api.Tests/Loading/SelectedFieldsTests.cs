using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.Api.Tests.Loading;

public sealed class SelectedFieldsTests
{
    private static readonly string[] HouseholdFields = ["id", "address", "areaCode", "group", "members"];

    [Fact]
    public void Below_DirectSelection_IsExactlyItsFields()
    {
        var selected = Below("{ household(id: 1) { id address } }");

        Assert.Equal(["id", "address"], HouseholdFields.Where(selected.Contains));
    }

    [Fact]
    public void Below_ConnectionPaths_AreTheUnionOfNodesAndEdgeNodes()
    {
        var selected = Below("{ households { totalCount nodes { id } edges { cursor node { areaCode } } } }", ["nodes"], ["edges", "node"]);

        Assert.Equal(["id", "areaCode"], HouseholdFields.Where(selected.Contains));
        Assert.False(selected.Contains("cursor"));
        Assert.False(selected.Contains("totalCount"));
    }

    [Fact]
    public void Below_InlineFragmentsAndMergedSiblings_Count()
    {
        var selected = Below(
            "{ households { nodes { id } ... { nodes { ... on Household { group } } } } households { nodes { members { id } } } }", ["nodes"]);

        Assert.Equal(["id", "group", "members"], HouseholdFields.Where(selected.Contains));
    }

    [Fact]
    public void Below_NamedFragmentSpreads_AreFollowedToTheirFields()
    {
        var selected = Below("{ household(id: 1) { id ...Rest } } fragment Rest on Household { address ... { ...More } } fragment More on Household { group }");

        Assert.Equal(["id", "address", "group"], HouseholdFields.Where(selected.Contains));
    }

    [Fact]
    public void Below_PathThroughANamedFragment_IsFollowed()
    {
        var selected = Below(
            "{ households { ...Page } } fragment Page on HouseholdConnection { nodes { ...Row } edges { node { ...Row members { id } } } } fragment Row on Household { areaCode }",
            ["nodes"], ["edges", "node"]);

        Assert.Equal(["areaCode", "members"], HouseholdFields.Where(selected.Contains));
    }

    // Validation never lets an undefined fragment through; if one came anyway, every column is safer than too few.
    [Fact]
    public void Below_UndefinedFragment_IsEverything()
    {
        var selected = Below("{ household(id: 1) { id ...Missing } }");

        Assert.Same(SelectedFields.Everything, selected);
    }

    /// <summary>What a resolver of the document's root fields sees: the merged field nodes and the fragments.</summary>
    private static SelectedFields Below(string document, params IReadOnlyList<string>[] paths)
    {
        var definitions = Parser.Parse(document).Definitions;
        var rootFields = definitions.OfType<OperationDefinitionNode>().Single().SelectionSet.Selections.OfType<FieldNode>();
        var fragments = definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return SelectedFields.Below(rootFields, fragments, paths);
    }
}
