using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class TypeInfoTests
{
    /// <summary>Walks <paramref name="document"/> and describes the type information at each node of
    /// <paramref name="kind"/> as "node: parent type / type / input type / default".</summary>
    private static List<string> Describe(string document, SyntaxKind kind)
    {
        var recorder = new Recorder(new TypeInfo(Schema), kind);
        SyntaxWalker.Walk(Parser.Parse(document), recorder);
        return recorder.Lines;
    }

    [Fact]
    public void Enter_Fields_TrackParentTypeAndFieldType()
    {
        var lines = Describe("{ dog { owner { pets { name } } } catOrDog { __typename } }", SyntaxKind.Field);

        Assert.Equal(
            [
                "dog: Query / Dog / - / -",
                "owner: Dog / Human / - / -",
                "pets: Human / [Pet!] / - / -",
                "name: Pet / String! / - / -",
                "catOrDog: Query / CatOrDog / - / -",
                "__typename: CatOrDog / String! / - / -",
            ],
            lines);
    }

    [Fact]
    public void Enter_UnknownField_HasNoTypeAndItsChildrenNoParentType()
    {
        var lines = Describe("{ dog { nope { name } } }", SyntaxKind.Field);

        Assert.Equal(["dog: Query / Dog / - / -", "nope: Dog / - / - / -", "name: - / - / - / -"], lines);
    }

    [Fact]
    public void Enter_Values_TrackInputTypeAndDefaultThroughListsAndObjects()
    {
        var lines = Describe("mutation { addPets(pets: [{ cat: { name: \"a\" } }]) }", SyntaxKind.StringValue);
        lines.AddRange(Describe(
            "{ arguments { optionalNonNullBooleanArgField(optionalBooleanArg: true) } }", SyntaxKind.BooleanValue));
        lines.AddRange(Describe("{ arguments { intArgField(intArg: [1]) } }", SyntaxKind.IntValue));

        Assert.Equal(
            [
                "\"a\": Mutation / [Pet] / String! / -",
                "true: Arguments / Boolean! / Boolean! / false",
                "1: Arguments / Int / - / -",
            ],
            lines);
    }

    [Fact]
    public void Enter_InlineFragmentWithoutCondition_KeepsTheEnclosingType()
    {
        var lines = Describe("{ pet { ... { name } ... on Dog { barkVolume } } }", SyntaxKind.Field);

        Assert.Equal(
            ["pet: Query / Pet / - / -", "name: Pet / String! / - / -", "barkVolume: Dog / Int / - / -"],
            lines);
    }

    [Fact]
    public void Enter_DirectiveArgument_IsTheDirectivesNotTheFields()
    {
        var lines = Describe("{ dog { isHouseTrained(atOtherHomes: true) @skip(if: false) } }", SyntaxKind.BooleanValue);

        Assert.Equal(["true: Dog / Boolean! / Boolean / -", "false: Dog / Boolean! / Boolean! / -"], lines);
    }

    private sealed class Recorder(TypeInfo typeInfo, SyntaxKind kind) : SyntaxVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            typeInfo.Enter(node);
            if (node.Kind == kind)
            {
                var label = node is FieldNode field ? field.Name.Value : Printer.Print(node);
                Lines.Add(
                    $"{label}: {Show(typeInfo.ParentType)} / {Show(typeInfo.Type)} / {Show(typeInfo.InputType)} / {Show(typeInfo.DefaultValue)}");
            }

            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node, SyntaxPath path) => typeInfo.Leave(node);

        private static string Show(object? value) => value switch
        {
            null => "-",
            SyntaxNode node => Printer.Print(node),
            _ => value.ToString()!,
        };
    }
}
