using static IntegrationHub.GraphQL.Tests.Execution.ExecutionHarness;

namespace IntegrationHub.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Named { name: String meows: Boolean }
        union Pet = Dog | Cat
        enum Size { SMALL LARGE }
        input Filter { size: Size = SMALL names: [String!] }
        type Query {
          pets: [Pet]
          named: [Named!]
          size(filter: Filter): Size
          echo(text: String = "default"): String
          count(n: Int!): Int
          strict: [[Int!]]!
          loose: [[Int]]
        }
        """;

    private static readonly Building.SchemaBindings Bindings = new Building.SchemaBindings()
        .Resolve("Query.echo", context => new ValueTask<object?>(context.Arguments.GetValueOrDefault("text")))
        .Resolve("Query.count", context => new ValueTask<object?>(context.Arguments.GetValueOrDefault("n")));

    private const string Root = """
        {
          "pets": [ { "__typename": "Dog", "name": "Rex", "barks": true }, { "__typename": "Cat", "name": "Tom", "meows": false } ],
          "named": [ { "__typename": "Cat", "name": "Kit" } ],
          "size": "LARGE",
          "strict": [[1, 2], [3, null]],
          "loose": [[1, null], null]
        }
        """;

    private static Task<string> Run(string query, string root, string? variables = null, string? operationName = null) =>
        RunAsync(Sdl, query, root, variables, operationName, Bindings);

    [Fact]
    public async Task Execute_FragmentsAndTypeConditions_SelectPerRuntimeType()
    {
        var json = await Run("{ pets { __typename ... on Dog { name barks } ...CatFields } } fragment CatFields on Cat { meows }", Root);

        Assert.Equal(Json("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','meows':false}]}}"), json);
    }

    [Fact]
    public async Task Execute_AliasesAndMergedFields_KeepDocumentOrder()
    {
        var json = await Run("{ b: echo a: echo(text: \"x\") named { name } named { __typename } }", Root);

        Assert.Equal(Json("{'data':{'b':'default','a':'x','named':[{'name':'Kit','__typename':'Cat'}]}}"), json);
    }

    [Theory]
    [InlineData("{ echo @skip(if: true) size }", "{'data':{'size':'LARGE'}}")]
    [InlineData("{ echo @include(if: false) size }", "{'data':{'size':'LARGE'}}")]
    [InlineData("{ echo @include(if: true) @skip(if: true) size }", "{'data':{'size':'LARGE'}}")]
    [InlineData("query($s: Boolean!) { echo @skip(if: $s) }", "{'data':{'echo':'default'}}")]
    public async Task Execute_SkipAndInclude_FollowSpec(string query, string expected)
    {
        Assert.Equal(Json(expected), await Run(query, Root, "{ \"s\": false }"));
    }

    [Fact]
    public async Task Execute_NonNullItemInNonNullList_NullsTheInnerListOnly()
    {
        // strict: [[Int!]]! — the null at [1][1] cannot stand, so the inner list [1] becomes null.
        var json = await Run("{ strict }", Root);

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.strict.','locations':[{'line':1,'column':3}],'path':['strict',1,1]}],'data':{'strict':[[1,2],null]}}"),
            json);
    }

    [Fact]
    public async Task Execute_NullableLists_KeepNulls()
    {
        Assert.Equal(Json("{'data':{'loose':[[1,null],null]}}"), await Run("{ loose }", Root));
    }

    [Fact]
    public async Task Execute_NonNullRootFieldFails_DataIsNull()
    {
        var json = await RunAsync("type Query { a: Int! b: Int }", "{ b a }", "{ \"b\": 1 }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.a.','locations':[{'line':1,'column':5}],'path':['a']}],'data':null}"),
            json);
    }

    [Fact]
    public async Task Execute_LeafCoercionFails_ErrorAtFieldAndNull()
    {
        var json = await RunAsync("type Query { a: Int b: String }", "{ a b }", "{ \"a\": \"abc\", \"b\": \"ok\" }");

        Assert.Equal(
            Json("{'errors':[{'message':'Int cannot represent non-integer value: \\\"abc\\\"','locations':[{'line':1,'column':3}],'path':['a']}],'data':{'a':null,'b':'ok'}}"),
            json);
    }

    [Fact]
    public async Task Execute_ListExpectedButScalarGiven_IsFieldError()
    {
        var json = await RunAsync("type Query { a: [Int] }", "{ a }", "{ \"a\": 5 }");

        Assert.Contains("Expected Iterable, but did not find one for field \\\"Query.a\\\".", json);
        Assert.Contains("\"data\":{\"a\":null}", json);
    }

    [Fact]
    public async Task Execute_AbstractWithoutTypeName_IsFieldError()
    {
        var json = await Run("{ pets { __typename } }", "{ \"pets\": [ { \"name\": \"?\" } ] }");

        Assert.Contains("Abstract type \\\"Pet\\\" must resolve to an Object type at runtime for field \\\"Query.pets\\\".", json);
        Assert.Contains("\"path\":[\"pets\",0]", json);
    }

    [Fact]
    public async Task Execute_TypeNameNotAPossibleType_IsFieldError()
    {
        var json = await Run("{ named { name } }", "{ \"named\": [ { \"__typename\": \"Query\" } ] }");

        Assert.Contains("Runtime Object type \\\"Query\\\" is not a possible type for \\\"Named\\\".", json);
        Assert.Contains("\"data\":{\"named\":null}", json);
    }

    [Fact]
    public async Task Execute_InputObjectDefaultsAndEnum_Coerce()
    {
        var json = await Run("query($f: Filter) { size(filter: $f) }", Root, "{ \"f\": { \"names\": \"solo\" } }");

        Assert.Equal(Json("{'data':{'size':'LARGE'}}"), json);
    }

    [Theory]
    [InlineData("query($n: Int!) { count(n: $n) }", "{}", "Variable \\\"$n\\\" of required type \\\"Int!\\\" was not provided.")]
    [InlineData("query($n: Int!) { count(n: $n) }", "{ \"n\": null }", "Variable \\\"$n\\\" of non-null type \\\"Int!\\\" must not be null.")]
    [InlineData("query($n: Int!) { count(n: $n) }", "{ \"n\": 1.5 }", "Variable \\\"$n\\\" got invalid value 1.5; Expected type \\\"Int\\\". Int cannot represent non-integer value: 1.5")]
    [InlineData("query($f: Filter) { size(filter: $f) }", "{ \"f\": { \"size\": \"HUGE\" } }", "Variable \\\"$f\\\" got invalid value \\\"HUGE\\\" at \\\"f.size\\\"")]
    [InlineData("query($f: Filter) { size(filter: $f) }", "{ \"f\": { \"nope\": 1 } }", "Field \\\"nope\\\" is not defined by type \\\"Filter\\\".")]
    public async Task Execute_InvalidVariables_AreRequestErrorsWithoutData(string query, string variables, string message)
    {
        var json = await Run(query, Root, variables);

        Assert.Contains(message, json);
        Assert.DoesNotContain("\"data\"", json);
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \\\"C\\\".")]
    public async Task Execute_OperationSelection_FailsClearly(string? operationName, string message)
    {
        var json = await Run("query A { echo } query B { size }", Root, operationName: operationName);

        Assert.Contains(message, json);
    }

    [Fact]
    public async Task Execute_NamedOperation_RunsThatOne()
    {
        Assert.Equal(Json("{'data':{'size':'LARGE'}}"), await Run("query A { echo } query B { size }", Root, operationName: "B"));
    }

    [Fact]
    public async Task Execute_MutationOnSchemaWithout_IsRequestError()
    {
        var json = await Run("mutation { echo }", Root);

        Assert.Equal(Json("{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}]}]}"), json);
    }
}
