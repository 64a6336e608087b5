using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

public class SyntaxWalkerTests
{
    [Fact]
    public void Walk_Document_EntersAndLeavesEveryNodeDepthFirstInSourceOrder()
    {
        var recorder = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) b }"), recorder);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name",
                "leave Name", "enter Argument", "enter Name", "leave Name", "enter IntValue", "leave IntValue",
                "leave Argument", "leave Field", "enter Field", "enter Name", "leave Name", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Walk_EachNode_KnowsItsParentAndPathFromTheRoot()
    {
        var recorder = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("{ a { b } }"), recorder);

        Assert.Equal("definitions[0].selectionSet.selections[0].selectionSet.selections[0]", recorder.PathOfField("b"));
        Assert.Equal(SyntaxKind.SelectionSet, recorder.ParentKindOfField("b"));
        Assert.Equal(5, recorder.AncestorCountOfField("b"));
    }

    [Fact]
    public void Walk_SkipChildren_LeavesTheNodeWithoutVisitingBelowIt()
    {
        var recorder = new Recorder { SkipKind = SyntaxKind.Argument };

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) }"), recorder);

        Assert.DoesNotContain("enter IntValue", recorder.Events);
        Assert.Contains("leave Argument", recorder.Events);
    }

    [Fact]
    public void Walk_Stop_EndsTheWalkAtOnce()
    {
        var recorder = new Recorder { StopKind = SyntaxKind.Field };

        SyntaxWalker.Walk(Parser.Parse("{ a b }"), recorder);

        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field"], recorder.Events);
    }

    private sealed class Recorder : SyntaxVisitor
    {
        private readonly Dictionary<string, (string Path, SyntaxKind? Parent, int Ancestors)> _fields = [];

        public List<string> Events { get; } = [];

        public SyntaxKind? SkipKind { get; init; }

        public SyntaxKind? StopKind { get; init; }

        public string PathOfField(string name) => _fields[name].Path;

        public SyntaxKind? ParentKindOfField(string name) => _fields[name].Parent;

        public int AncestorCountOfField(string name) => _fields[name].Ancestors;

        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            Events.Add("enter " + node.Kind);
            if (node is FieldNode field)
            {
                _fields[field.Name.Value] = (path.ToString(), path.Parent?.Kind, path.Ancestors.Count);
            }

            return node.Kind == StopKind ? VisitAction.Stop
                : node.Kind == SkipKind ? VisitAction.SkipChildren
                : VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node, SyntaxPath path) => Events.Add("leave " + node.Kind);
    }
}
