using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Tests.TypeSystem;

namespace IntegrationHub.GraphQL.Tests.Execution;

public sealed class OperationPlanTests
{
    private static readonly Types.Schema Schema = SdlSchemaBuilder.Build(TestSchemas.KitchenSink);

    [Fact]
    public void Create_AbstractSelections_ListEveryPossibleObjectCoordinate()
    {
        var plan = Plan("""
            query Find {
              search(text: "x") { __typename ... on Member { name } ...HouseholdBits }
              node(id: "1") { id }
            }
            fragment HouseholdBits on Household { group members { nationalIdLast4 } }
            """);

        Assert.Equal(
            ["Household.group", "Household.id", "Household.members", "Member.id", "Member.name", "Member.nationalIdLast4", "Query.node", "Query.search"],
            plan.Coordinates);
        Assert.False(plan.UsesIntrospection);
        Assert.Equal("Find", plan.Operation.Name!.Value);
        Assert.Same(Schema.Query, plan.RootType);
    }

    [Fact]
    public void Create_TypeConditionOnInterface_NarrowsToItsImplementations()
    {
        var plan = Plan("{ node(id: \"1\") { ... on Person { name } } }");

        Assert.Equal(["Member.name", "Query.node"], plan.Coordinates);
    }

    [Fact]
    public void Create_Introspection_IsFlaggedNotListed()
    {
        var plan = Plan("{ __schema { types { name } } households { id } }");

        Assert.True(plan.UsesIntrospection);
        Assert.Equal(["Household.id", "Query.households"], plan.Coordinates);
    }

    [Fact]
    public void Create_NamedOperationAmongSeveral_PlansThatOne()
    {
        var plan = Plan("query A { households { id } } mutation B { exitHousehold(key: { id: \"1\" }, reason: \"moved\") { id } }", "B");

        Assert.Same(Schema.Mutation, plan.RootType);
        Assert.Equal(["Household.id", "Mutation.exitHousehold"], plan.Coordinates);
    }

    [Fact]
    public void Create_AmbiguousOperation_IsRequestError()
    {
        var failure = Assert.Throws<GraphQLRequestException>(() => Plan("query A { node(id: 1) { id } } query B { node(id: 2) { id } }"));

        Assert.Equal("Must provide operation name if query contains multiple operations.", failure.Error.Message);
    }

    [Fact]
    public void Create_ManySpreadsOfOneFragment_WalksItOnce()
    {
        // 2^30 paths if every spread were followed anew; the plan walks each (selection set, types) pair once.
        var fragments = string.Join('\n', Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Household {{ ...F{i + 1} members {{ household {{ ...F{i + 1} }} }} }}"));
        var plan = Plan($"{{ households {{ ...F0 }} }}\n{fragments}\nfragment F30 on Household {{ id }}");

        Assert.Equal(["Household.id", "Household.members", "Member.household", "Query.households"], plan.Coordinates);
    }

    private static OperationPlan Plan(string document, string? operationName = null) =>
        OperationPlan.Create(Schema, Parser.Parse(document), operationName);
}
