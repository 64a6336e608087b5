using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Limits;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>The cost formula, on <see cref="TestSchema"/> with a default list size of 10.</summary>
public sealed class OperationCostTests
{
    private static readonly Types.Schema Schema = TestSchema.Create();

    [Theory]
    [InlineData("{ hello }", 1)]
    [InlineData("{ hello badInt }", 2)]
    [InlineData("{ household(id: 1) { id name } }", 3)]
    [InlineData("{ households(first: 100) { id name } }", 201)]
    [InlineData("{ households(last: 7) { id } }", 8)]
    [InlineData("{ households(first: 2, last: 9) { id } }", 10)]
    [InlineData("{ households { id } }", 11)]
    [InlineData("{ households(first: -5) { id } }", 1)]
    [InlineData("{ households(first: 3) { members(first: 4) { name } } }", 1 + (3 * (1 + (4 * 1))))]
    [InlineData("{ households(first: 100) { members(first: 20) { name } } }", 2_101)]
    [InlineData("{ ...Q ...Q } fragment Q on Query { households(first: 5) { id } }", 12)]
    [InlineData("{ household(id: 1) { ... on Household { members(first: 2) { name } } } }", 1 + 1 + 2)]
    public void Compute_Document_IsTheSumOfFieldsTimesListSizes(string query, long expected) =>
        Assert.Equal(expected, Cost(query));

    [Fact]
    public void Compute_FirstFromAVariable_UsesTheRequestsValue() =>
        Assert.Equal(41, Cost("query($n: Int) { households(first: $n) { id } }", """{"n":40}"""));

    [Fact]
    public void Compute_FirstFromAnAbsentVariable_UsesItsDefault() =>
        Assert.Equal(5, Cost("query($n: Int = 4) { households(first: $n) { id } }", "{}"));

    [Fact]
    public void Compute_FirstFromAVariableWithoutValueOrDefault_UsesTheDefaultListSize() =>
        Assert.Equal(11, Cost("query($n: Int) { households(first: $n) { id } }"));

    [Fact]
    public void Compute_HugeLiteral_Saturates() =>
        Assert.Equal(long.MaxValue, Cost("{ households(first: 99999999999999999999999) { members(first: 99999999999) { name } } }"));

    [Fact]
    public void Compute_ExponentialFragmentFanOut_SaturatesWithoutExpandingIt()
    {
        var fragments = Enumerable.Range(0, 200).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")
            .Append("fragment F200 on Query { hello }");

        Assert.Equal(long.MaxValue, Cost("{ ...F0 } " + string.Join(' ', fragments)));
    }

    private static long Cost(string query, string? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        JsonElement? values = variables is null ? null : JsonDocument.Parse(variables).RootElement;
        return OperationCost.Compute(Schema, document, operation, values, defaultListSize: 10);
    }
}
