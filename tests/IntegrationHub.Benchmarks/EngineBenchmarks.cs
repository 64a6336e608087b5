using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IntegrationHub.GraphQL;
using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.Benchmarks;

/// <summary>The engine's phases after parsing, each on its own, and one whole request: validate, plan and execute
/// a kitchen-sink query (fragments, aliases, variables, directives, an interface and a union, nested lists) over
/// 50 households of 5 members held in memory, and execute the standard introspection query. Allocation per
/// request is the <c>Allocated</c> column of <see cref="WholeRequestKitchenSink"/>.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Household implements Node { id: ID! group: Group! houseCode: String members(first: Int = 10): [Member!]! }
        type Member implements Node { id: ID! name: String birthDate: String income: Float welfareCard: Boolean household: Household }
        enum Group { DESTITUTE OPPORTUNITY_LACKING INDEBTED VULNERABLE }
        union SearchResult = Household | Member
        type Query { households(first: Int = 50): [Household!]! node(id: ID!): Node search(text: String!): [SearchResult!]! }
        """;

    private const string KitchenSinkQuery = """
        query Pull($first: Int = 50, $withIncome: Boolean!, $skipCards: Boolean = false) {
          households(first: $first) {
            ...HouseholdFields
            roster: members(first: 5) {
              ... on Member { id name }
              income @include(if: $withIncome)
              welfareCard @skip(if: $skipCards)
              household { id __typename }
            }
          }
          search(text: "สม") {
            __typename
            ... on Household { houseCode }
            ... on Member { memberName: name }
          }
          node(id: "h-1") { id ... on Household { group } }
        }

        fragment HouseholdFields on Household { id group houseCode }
        """;

    private static readonly Dictionary<string, object?> Variables = new() { ["withIncome"] = true };

    private Schema _schema = null!;
    private DocumentNode _query = null!;
    private DocumentNode _introspection = null!;
    private OperationPlan _plan = null!;
    private object _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SdlSchemaBuilder.Build(Sdl);
        _query = Parser.Parse(KitchenSinkQuery);
        _introspection = Parser.Parse(BenchmarkDocuments.IntrospectionQuery);
        _plan = OperationPlan.Create(_schema, _query, null);
        var households = Enumerable.Range(1, 50).Select(h =>
        {
            var household = new Dictionary<string, object?> { ["__typename"] = "Household", ["id"] = $"h-{h}", ["group"] = "DESTITUTE", ["houseCode"] = $"46010101-{h:D4}" };
            household["members"] = Enumerable.Range(1, 5).Select(m => new Dictionary<string, object?>
            {
                ["__typename"] = "Member", ["id"] = $"m-{h}-{m}", ["name"] = "สมชาย ใจดี", ["birthDate"] = "1980-01-01",
                ["income"] = 1500.5 * m, ["welfareCard"] = m % 2 == 0, ["household"] = household,
            }).ToList();
            return household;
        }).ToList();
        _root = new Dictionary<string, object?>
        {
            ["households"] = households,
            ["node"] = households[0],
            ["search"] = new object?[] { households[0], ((List<Dictionary<string, object?>>)households[1]["members"]!)[0] },
        };
        var errors = DocumentValidator.Validate(_schema, _query);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark query is invalid: " + string.Join("; ", errors));
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateKitchenSink() => DocumentValidator.Validate(_schema, _query);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateIntrospection() => DocumentValidator.Validate(_schema, _introspection);

    [Benchmark]
    public OperationPlan PlanKitchenSink() => OperationPlan.Create(_schema, _query, null);

    [Benchmark]
    public Task<ExecutionResult> ExecuteKitchenSink() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = _schema, Document = _query, Plan = _plan, VariableValues = Variables, RootValue = _root,
    });

    [Benchmark]
    public Task<ExecutionResult> ExecuteIntrospection() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = _schema, Document = _introspection,
    });

    /// <summary>What one request costs end to end: parse, validate, plan, execute and write the JSON response.</summary>
    [Benchmark]
    public async Task<long> WholeRequestKitchenSink()
    {
        var document = Parser.Parse(KitchenSinkQuery);
        if (DocumentValidator.Validate(_schema, document).Count > 0)
        {
            throw new InvalidOperationException("invalid");
        }

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema, Document = document, Plan = OperationPlan.Create(_schema, document, null), VariableValues = Variables, RootValue = _root,
        });
        await using var writer = new Utf8JsonWriter(Stream.Null);
        ResultWriter.Write(writer, result);
        await writer.FlushAsync();
        return writer.BytesCommitted;
    }
}
