using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Tests.TypeSystem;

public sealed class SdlSchemaBuilderTests
{
    [Fact]
    public void Build_KitchenSink_BuildsEveryKindOfType()
    {
        var schema = SdlSchemaBuilder.Build(TestSchemas.KitchenSink);

        Assert.Equal("Query", schema.Query?.Name);
        Assert.Equal("Mutation", schema.Mutation?.Name);
        Assert.Null(schema.Subscription);
        Assert.IsType<ScalarType>(schema.GetType("Date"));
        Assert.Equal("https://tools.ietf.org/html/rfc3339", ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)schema.GetType("HouseholdKey")!).IsOneOf);
        var member = (ObjectType)schema.GetType("Member")!;
        Assert.Equal(["Node", "Person"], member.Interfaces.Select(i => i.Name));
        Assert.Equal("Use nationalIdLast4.", member.GetField("nationalId")!.DeprecationReason);
        Assert.Equal("Member.nationalId", member.GetField("nationalId")!.Coordinate);
        var person = (InterfaceType)schema.GetType("Person")!;
        Assert.Equal(["Node"], person.Interfaces.Select(i => i.Name));
        Assert.Equal(["Household", "Member"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name).Order());
        Assert.Equal(["Member"], schema.GetPossibleTypes(person).Select(t => t.Name));
        Assert.Equal(["Household", "Member"], ((UnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        var group = (EnumType)schema.GetType("HouseholdGroup")!;
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, group.GetValue("OTHER")!.DeprecationReason);
        var households = schema.Query!.GetField("households")!;
        Assert.Equal("Int", households.GetArgument("first")!.Type.ToString());
        Assert.Equal("20", Printer.Print(households.GetArgument("first")!.DefaultValue!));
        Assert.Equal("@tag(name:)", schema.GetDirective("tag")!.GetArgument("name")!.Coordinate);
        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
    }

    [Fact]
    public void Build_Extensions_AddFieldsInterfacesValuesAndMembers()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Query { a: A }
            type A { x: Int }
            type B { y: Int }
            interface I { z: Int }
            union U = A
            enum E { ONE }
            input In { p: Int }
            extend type A implements I { z: Int }
            extend union U = B
            extend enum E { TWO }
            extend input In { q: Int }
            extend type Query { u: U e: E i(arg: In): Int }
            """);

        var a = (ObjectType)schema.GetType("A")!;
        Assert.Equal(["x", "z"], a.Fields.Select(f => f.Name));
        Assert.Equal(["I"], a.Interfaces.Select(i => i.Name));
        Assert.Equal(["A", "B"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["ONE", "TWO"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["p", "q"], ((InputObjectType)schema.GetType("In")!).Fields.Select(f => f.Name));
        Assert.Equal(["a", "u", "e", "i"], schema.Query!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Build_SchemaDefinition_NamesRootTypes()
    {
        var schema = SdlSchemaBuilder.Build("""
            "The hub."
            schema { query: Root mutation: Change }
            type Root { a: Int }
            type Change { b: Int }
            """);

        Assert.Equal("Root", schema.Query!.Name);
        Assert.Equal("Change", schema.Mutation!.Name);
        Assert.Equal("The hub.", schema.Description);
    }

    [Fact]
    public void Build_Bindings_AttachResolversTypeResolversScalarsAndEnumValues()
    {
        var bindings = new SchemaBindings()
            .Resolve("Query.answer", _ => new ValueTask<object?>(42))
            .ResolveType("Thing", _ => "Box")
            .Scalar(new UpperCaseScalar())
            .EnumValue("Size.LARGE", 3);

        var schema = SdlSchemaBuilder.Build(
            """
            "Shouted text."
            scalar Shout
            enum Size { SMALL LARGE }
            interface Thing { size: Size }
            type Box implements Thing { size: Size }
            type Query { answer: Int thing: Thing loud: Shout }
            """,
            bindings);

        Assert.NotSame(DefaultResolvers.Property, schema.Query!.GetField("answer")!.Resolver);
        Assert.Same(DefaultResolvers.Property, schema.Query!.GetField("thing")!.Resolver);
        Assert.Equal("Box", ((InterfaceType)schema.GetType("Thing")!).ResolveType(new object()));
        var shout = (ScalarType)schema.GetType("Shout")!;
        Assert.Equal("Shouted text.", shout.Description);
        Assert.Equal("HELLO", shout.Serialize("hello"));
        var size = (EnumType)schema.GetType("Size")!;
        Assert.Equal("LARGE", size.Serialize(3));
        Assert.Equal("SMALL", size.Serialize("SMALL"));
    }

    [Fact]
    public void Build_DefaultTypeResolver_ReadsTypeNameMember()
    {
        var schema = SdlSchemaBuilder.Build("union U = A type A { a: Int } type Query { u: U }");
        var union = (UnionType)schema.GetType("U")!;

        Assert.Equal("A", union.ResolveType(new Dictionary<string, object?> { ["__typename"] = "A" }));
        Assert.Null(union.ResolveType(new Dictionary<string, object?> { ["__typename"] = 7 }));
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".", 1, 17)]
    [InlineData("type Query { a: Int }\ntype Query { b: Int }", "There can be only one type named \"Query\".", 1, 6)]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.", 1, 14)]
    [InlineData("type Query { a: Int }\nextend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.", 2, 13)]
    [InlineData("type Query { a: Int }\nscalar S\nextend type S { b: Int }", "Cannot extend non-object type \"S\".", 3, 13)]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".", 1, 21)]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.", 1, 12)]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.", 1, 22)]
    [InlineData("scalar S @specifiedBy\ntype Query { a: S }", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.", 1, 10)]
    [InlineData("type Query { a: Int }\nquery { a }", "A schema document must contain only type system definitions and extensions.", 2, 1)]
    [InlineData("type Query implements Query { a: Int }", "Type \"Query\" must only implement Interface types, it cannot implement \"Query\".", 1, 23)]
    [InlineData("type Query { a: U }\nunion U = Query | Int", "Union type \"U\" can only include Object types, it cannot include \"Int\".", 2, 19)]
    [InlineData("schema { query: Q }\nscalar Q", "Query root type must be Object type, it cannot be \"Q\".", 1, 17)]
    public void Build_InvalidSdl_ReportsErrorAtLocation(string sdl, string message, int line, int column)
    {
        var failure = Assert.Throws<SchemaException>(() => SdlSchemaBuilder.Build(sdl));

        var error = Assert.Single(failure.Errors, e => e.Message == message);
        Assert.Equal((line, column), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void Build_SeveralProblems_ReportsThemAll()
    {
        var failure = Assert.Throws<SchemaException>(() => SdlSchemaBuilder.Build("type Query { a: X b: Y c: Int @nope }"));

        Assert.Equal(
            ["Unknown directive \"@nope\".", "Unknown type \"X\".", "Unknown type \"Y\"."],
            failure.Errors.Select(e => e.Message).Order());
    }

    [Fact]
    public void Build_BindingForUndefinedField_IsReported()
    {
        var bindings = new SchemaBindings().Resolve("Query.typo", _ => default);

        var failure = Assert.Throws<SchemaException>(() => SdlSchemaBuilder.Build("type Query { a: Int }", bindings));

        Assert.Contains("A field resolver is bound to \"Query.typo\", which the schema does not define.", failure.Message);
    }

    [Fact]
    public void Build_SyntaxError_Throws()
    {
        Assert.Throws<GraphQLSyntaxException>(() => SdlSchemaBuilder.Build("type Query {"));
    }

    private sealed class UpperCaseScalar() : ScalarType("Shout")
    {
        public override object Serialize(object value) => ((string)value).ToUpperInvariant();
    }
}
