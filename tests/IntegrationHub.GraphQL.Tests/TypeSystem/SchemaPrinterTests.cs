using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Printing;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.Testing;

namespace IntegrationHub.GraphQL.Tests.TypeSystem;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void Print_KitchenSink_MatchesSnapshot()
    {
        Snapshot.Match(SchemaPrinter.Print(SdlSchemaBuilder.Build(TestSchemas.KitchenSink)));
    }

    [Fact]
    public void Print_PrintedSchemaRebuilt_PrintsTheSame()
    {
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build(TestSchemas.KitchenSink));

        Assert.Equal(printed, SchemaPrinter.Print(SdlSchemaBuilder.Build(printed)));
    }

    [Fact]
    public void Print_UnconventionalRootNames_PrintsSchemaDefinition()
    {
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build("schema { query: Root } type Root { a: Int }"));

        Assert.Equal("schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}", printed);
    }

    [Fact]
    public void Print_CodeFirstSchema_EqualsSdlFirstSchemaOfSameShape()
    {
        var group = new EnumType("Group", [new EnumValueDefinition("DESTITUTE"), new EnumValueDefinition("VULNERABLE", deprecationReason: "Merged.")]);
        InterfaceType node = null!;
        node = new InterfaceType("Node", () => [new FieldDefinition("id", new NonNullType(SpecifiedScalars.ID))]);
        ObjectType household = null!;
        household = new ObjectType(
            "Household",
            () =>
            [
                new FieldDefinition("id", new NonNullType(SpecifiedScalars.ID)),
                new FieldDefinition("group", group, description: "Programme group."),
                new FieldDefinition("neighbours", new ListType(household), [new InputValueDefinition("first", SpecifiedScalars.Int, Parser.ParseConstValue("5"))]),
            ],
            () => [node]);
        var query = new ObjectType("Query", () => [new FieldDefinition("household", household, [new InputValueDefinition("id", new NonNullType(SpecifiedScalars.ID))])]);
        var codeFirst = SchemaValidator.ThrowIfInvalid(new Schema(query, types: [node, household, group]));

        var sdlFirst = SdlSchemaBuilder.Build("""
            interface Node { id: ID! }
            type Household implements Node {
              id: ID!
              "Programme group."
              group: Group
              neighbours(first: Int = 5): [Household]
            }
            enum Group { DESTITUTE VULNERABLE @deprecated(reason: "Merged.") }
            type Query { household(id: ID!): Household }
            """);

        Assert.Equal(
            SchemaPrinter.Print(sdlFirst).Split("\n\n").Order(),
            SchemaPrinter.Print(codeFirst).Split("\n\n").Order());
    }
}
