using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class SyntaxNodeTests
{
    [Fact]
    public void Constructor_CallersListChangesLater_NodeKeepsWhatItWasGiven()
    {
        var selections = new List<SelectionNode> { new FieldNode(default, null, new NameNode(default, "a"), [], [], null) };
        var selectionSet = new SelectionSetNode(default, selections);

        selections.Clear();

        Assert.Single(selectionSet.Selections);
    }

    [Fact]
    public void ListProperty_CastToIList_IsReadOnly()
    {
        var document = Parser.Parse("{ a }");

        var asList = Assert.IsAssignableFrom<IList<DefinitionNode>>(document.Definitions);

        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList.Clear());
    }

    [Fact]
    public void GetChildren_AbsentOptionalChildren_AreSkippedAndListsAreIndexed()
    {
        var field = new FieldNode(
            default, null, new NameNode(default, "f"), [new ArgumentNode(default, new NameNode(default, "x"), new NullValueNode(default))], [], null);

        Assert.Equal(["name", "arguments[0]"], field.GetChildren().Select(child => child.ToString()));
    }
}
