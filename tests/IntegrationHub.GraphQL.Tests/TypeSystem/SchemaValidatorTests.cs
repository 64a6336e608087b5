using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Tests.TypeSystem;

/// <summary>The type system rules of spec section 3, each broken once.</summary>
public sealed class SchemaValidatorTests
{
    [Theory]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } type __Hidden { a: Int }", "Name \"__Hidden\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Empty } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: In } input In { b: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(b: Query): Int }", "The type of Query.a(b:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(b: Int! @deprecated): Int }", "Required argument Query.a(b:) cannot be deprecated.")]
    [InlineData("type Query { a: U } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: E } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a(b: In): Int } input In", "Input Object type In must define one or more fields.")]
    [InlineData("type Query { a(b: In): Int } input In { c: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"c\".")]
    [InlineData("type Query { a(b: In): Int } input In { c: Other! } input Other { d: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"c.d\".")]
    [InlineData("type Query { a(b: In): Int } input In { c: Int! @deprecated }", "Required input field In.c cannot be deprecated.")]
    [InlineData("type Query { a(b: In): Int } input In @oneOf { c: Int! d: Int }", "OneOf input field In.c must be nullable.")]
    [InlineData("type Query { a(b: In): Int } input In @oneOf { c: Int = 1 d: Int }", "OneOf input field In.c cannot have a default value.")]
    [InlineData("type Query { a: I } interface I { b: Int } type T implements I { c: Int }", "Interface field I.b expected but T does not provide it.")]
    [InlineData("type Query { a: I } interface I { b: Int } type T implements I { b: String }", "Interface field I.b expects type Int but T.b is type String.")]
    [InlineData("type Query { a: I } interface I { b(x: Int): Int } type T implements I { b: Int }", "Interface field argument I.b(x:) expected but T.b does not provide it.")]
    [InlineData("type Query { a: I } interface I { b(x: Int): Int } type T implements I { b(x: String): Int }", "Interface field argument I.b(x:) expects type Int but T.b(x:) is type String.")]
    [InlineData("type Query { a: I } interface I { b: Int } type T implements I { b(y: Int!): Int }", "Argument T.b(y:) must not be required type Int! if not provided by the Interface field I.b.")]
    [InlineData("type Query { a: T } interface I { b: Int } interface J implements I { b: Int } type T implements J { b: Int }", "Type T must implement I because it is implemented by J.")]
    [InlineData("type Query { a: I } interface I implements I { b: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query { a: Int } directive @d(__x: Int) on FIELD", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } directive @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query.")]
    public void Validate_BrokenRule_ReportsIt(string sdl, string message)
    {
        var failure = Assert.Throws<SchemaException>(() => SdlSchemaBuilder.Build(sdl));

        Assert.Contains(failure.Errors, error => error.Message == message);
    }

    [Theory]
    [InlineData("type Query { a: I } interface I { b: I } type T implements I { b: T }")]
    [InlineData("type Query { a: I } interface I { b: [I] } type T implements I { b: [T!]! }")]
    [InlineData("type Query { a: I } interface I { b: U } union U = T type T implements I { b: T }")]
    [InlineData("type Query { a: I } interface I { b(x: Int): Int } type T implements I { b(x: Int, y: Int): Int }")]
    [InlineData("type Query { a(b: In): Int } input In { c: In d: [In!]! }")]
    public void Validate_CovariantOrOptionalShapes_AreValid(string sdl)
    {
        var schema = SdlSchemaBuilder.Build(sdl);

        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Validate_CodeFirstEnumValueNamedTrue_IsReported()
    {
        var flag = new EnumType("Flag", [new EnumValueDefinition("true")]);
        var query = new ObjectType("Query", () => [new FieldDefinition("flag", flag)]);

        var errors = SchemaValidator.Validate(new Schema(query));

        Assert.Contains(errors, error => error.Message == "Enum type Flag cannot include value: true.");
    }

    [Fact]
    public void IsSubTypeOf_ListAndNonNullVariance_FollowsSpec()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: I } interface I { b: Int } type T implements I { b: Int }");
        var i = schema.GetType("I")!;
        var t = schema.GetType("T")!;

        Assert.True(SchemaValidator.IsSubTypeOf(schema, new NonNullType(t), i));
        Assert.True(SchemaValidator.IsSubTypeOf(schema, new ListType(new NonNullType(t)), new ListType(i)));
        Assert.False(SchemaValidator.IsSubTypeOf(schema, i, new NonNullType(i)));
        Assert.False(SchemaValidator.IsSubTypeOf(schema, new ListType(t), t));
        Assert.False(SchemaValidator.IsSubTypeOf(schema, i, t));
    }
}
