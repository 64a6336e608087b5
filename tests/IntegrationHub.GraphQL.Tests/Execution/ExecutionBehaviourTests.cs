using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;
using static IntegrationHub.GraphQL.Tests.Execution.ExecutionHarness;

namespace IntegrationHub.GraphQL.Tests.Execution;

/// <summary>Scheduling: serial mutations, concurrent query fields, batched loads, cancellation, errors.</summary>
public sealed class ExecutionBehaviourTests
{
    [Fact]
    public async Task Mutation_RootFields_RunOneAfterAnother()
    {
        var log = new List<string>();
        FieldResolver Step(string name) => async _ =>
        {
            log.Add(name + " start");
            await Task.Delay(20);
            log.Add(name + " end");
            return name;
        };
        var schema = SdlSchemaBuilder.Build(
            "type Query { a: String } type Mutation { first: String second: String }",
            new SchemaBindings().Resolve("Mutation.first", Step("first")).Resolve("Mutation.second", Step("second")));

        var json = await RunAsync(schema, "mutation { second first }", null);

        Assert.Equal(Json("{'data':{'second':'second','first':'first'}}"), json);
        Assert.Equal(["second start", "second end", "first start", "first end"], log);
    }

    [Fact]
    public async Task Query_RootFields_RunConcurrently()
    {
        // "a" can only finish once "b" has started: executed one after the other, this would never complete.
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SdlSchemaBuilder.Build(
            "type Query { a: String b: String }",
            new SchemaBindings()
                .Resolve("Query.a", async _ =>
                {
                    await bStarted.Task;
                    return "a";
                })
                .Resolve("Query.b", async _ =>
                {
                    bStarted.SetResult();
                    await Task.Yield();
                    return "b";
                }));

        var json = await RunAsync(schema, "{ a b }", null).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), json);
    }

    [Fact]
    public async Task DataLoader_NestedLists_LoadOnceAPerLevel()
    {
        var batches = new List<int[]>();
        Task<IReadOnlyDictionary<int, int[]>> LoadChildren(IReadOnlyList<int> parents, CancellationToken token)
        {
            batches.Add([.. parents]);
            IReadOnlyDictionary<int, int[]> children = parents.ToDictionary(p => p, p => new[] { p * 1000, (p * 1000) + 1 });
            return Task.FromResult(children);
        }

        async ValueTask<object?> Children(IResolverContext context)
        {
            var loader = context.Batches.GetOrCreate("children", scheduler => new DataLoader<int, int[]>(scheduler, LoadChildren));
            var ids = await loader.LoadAsync((int)context.Parent!);
            return ids;
        }

        var schema = SdlSchemaBuilder.Build(
            "type Node { id: Int children: [Node] } type Query { nodes: [Node] }",
            new SchemaBindings()
                .Resolve("Query.nodes", _ => new ValueTask<object?>(Enumerable.Range(1, 100).ToArray()))
                .Resolve("Node.id", context => new ValueTask<object?>(context.Parent))
                .Resolve("Node.children", Children));

        var json = await RunAsync(schema, "{ nodes { id children { id children { id } } } }", null);

        Assert.Equal(2, batches.Count);
        Assert.Equal(Enumerable.Range(1, 100), batches[0]);
        Assert.Equal(200, batches[1].Length);
        Assert.Contains("{\"id\":1,\"children\":[{\"id\":1000,\"children\":[{\"id\":1000000},{\"id\":1000001}]}", json);
    }

    [Fact]
    public async Task Resolver_Throws_ErrorKeepsExceptionAndMessage()
    {
        var schema = SdlSchemaBuilder.Build(
            "type Query { a: Int b: Int }",
            new SchemaBindings().Resolve("Query.a", _ => throw new InvalidOperationException("database down")));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ a b }"), RootValue = new { b = 2 } });

        var error = Assert.Single(result.Errors);
        Assert.Equal("database down", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(["a"], error.Path!);
        Assert.Equal(2, result.Data!["b"]);
    }

    [Fact]
    public async Task Resolver_ThrowsFieldError_ErrorCarriesCodeAndExtensionsButNoException()
    {
        var schema = SdlSchemaBuilder.Build(
            "type Query { secret: String open: String }",
            new SchemaBindings().Resolve("Query.secret", _ => throw new FieldErrorException(
                "Not granted.", code: "FORBIDDEN_FIELD", extensions: new Dictionary<string, object?> { ["coordinate"] = "Query.secret" })));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ secret open }"), RootValue = new { open = "yes" } });

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Exception);
        Assert.Equal("FORBIDDEN_FIELD", error.Extensions!["code"]);
        Assert.Equal("Query.secret", error.Extensions!["coordinate"]);
        Assert.Equal(
            Json("{'errors':[{'message':'Not granted.','locations':[{'line':1,'column':3}],'path':['secret'],'extensions':{'code':'FORBIDDEN_FIELD','coordinate':'Query.secret'}}],'data':{'secret':null,'open':'yes'}}"),
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Resolver_ThrowsSeveralFieldErrors_EachIsAnErrorAtTheFieldPath()
    {
        var schema = SdlSchemaBuilder.Build(
            "type Query { create: String open: String }",
            new SchemaBindings().Resolve("Query.create", _ => throw new FieldErrorsException(
            [
                new FieldErrorException("Note is too long.", code: "VALIDATION_FAILED", extensions: new Dictionary<string, object?> { ["field"] = "note" }),
                new FieldErrorException("Programme is required.", code: "VALIDATION_FAILED", extensions: new Dictionary<string, object?> { ["field"] = "programme" }),
            ])));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ create open }"), RootValue = new { open = "yes" } });

        Assert.Equal(
            Json("{'errors':[" +
                "{'message':'Note is too long.','locations':[{'line':1,'column':3}],'path':['create'],'extensions':{'code':'VALIDATION_FAILED','field':'note'}}," +
                "{'message':'Programme is required.','locations':[{'line':1,'column':3}],'path':['create'],'extensions':{'code':'VALIDATION_FAILED','field':'programme'}}]," +
                "'data':{'create':null,'open':'yes'}}"),
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Execute_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = SdlSchemaBuilder.Build(
            "type Query { slow: Int }",
            new SchemaBindings().Resolve("Query.slow", async context =>
            {
                cancellation.Cancel();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return 1;
            }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ slow }"),
            CancellationToken = cancellation.Token,
        }));
    }

    [Fact]
    public async Task Observer_SeesEveryCompletedFieldAndObject()
    {
        var observer = new RecordingObserver();
        var schema = SdlSchemaBuilder.Build("type Member { name: String } type Query { members: [Member] }");

        await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ members { name } }"),
            RootValue = new { members = new[] { new { name = (string?)"ก" }, new { name = (string?)null } } },
            Observer = observer,
        });

        Assert.Equal(["Member.name members.0.name True", "Member.name members.1.name False", "Query.members members True"], observer.Fields);
        Assert.Equal(2, observer.Objects);
    }

    [Fact]
    public async Task CodeFirstObjects_ResolveByPropertyName()
    {
        var schema = SdlSchemaBuilder.Build("type Household { houseCode: String memberCount: Int } type Query { household: Household }");

        var json = await RunAsync(schema, "{ household { houseCode memberCount } }", new { Household = new { HouseCode = "HC-01", MemberCount = 4 } });

        Assert.Equal(Json("{'data':{'household':{'houseCode':'HC-01','memberCount':4}}}"), json);
    }

    private sealed class RecordingObserver : IExecutionObserver
    {
        public List<string> Fields { get; } = [];

        public int Objects { get; private set; }

        public void FieldCompleted(ObjectType parentType, FieldDefinition field, ResponsePath path, bool hasValue) =>
            Fields.Add($"{field.Coordinate} {string.Join('.', path.ToList())} {hasValue}");

        public void ObjectReturned(ObjectType type, object value) => Objects++;
    }
}
