using System.Net;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>How the executor's two kinds of result reach the client.</summary>
public sealed class ExecutorResultTests
{
    [Fact]
    public async Task PartialSuccess_Is294ForGraphQLResponseJsonAnd200ForLegacyClients()
    {
        GraphQLRequestExecutor partial = (_, _) => ValueTask.FromResult(GraphQLExecutionResult.Executed(hasErrors: true, (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteNull("a");
            writer.WriteEndObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", "a failed");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            return ValueTask.CompletedTask;
        }));
        await using var host = await GraphQLTestHost.StartAsync(partial);

        var modern = await host.PostJsonAsync("""{"query":"{ a }"}""");
        var legacy = await host.PostJsonAsync("""{"query":"{ a }"}""", accept: "application/json");

        Assert.Equal(294, (int)modern.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.MediaType());
        Assert.Equal("a failed", (await modern.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Rejected_SeveralValidationErrors_AreAllWrittenWith422()
    {
        GraphQLRequestExecutor invalid = (_, _) => ValueTask.FromResult(GraphQLExecutionResult.Rejected(
        [
            new GraphQLRequestError(RequestFailure.DocumentValidation, "GRAPHQL_VALIDATION_FAILED", "Cannot query field \"x\" on type \"Query\"."),
            new GraphQLRequestError(RequestFailure.DocumentValidation, "GRAPHQL_VALIDATION_FAILED", "Fragment \"F\" is never used."),
        ]));
        await using var host = await GraphQLTestHost.StartAsync(invalid);

        var response = await host.PostJsonAsync("""{"query":"{ x }"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(error => error.GetProperty("message").GetString()!)
            .ToArray();
        Assert.Equal(["Cannot query field \"x\" on type \"Query\".", "Fragment \"F\" is never used."], errors);
    }
}
