using System.Net;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>GET with URL query parameters (draft, section "GET").</summary>
public sealed class GetRequestTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_DraftExample_PassesQueryAndJsonEncodedVariables()
    {
        // The URL of the draft's own GET example.
        var response = await _host.GetAsync(
            "query=query(%24id%3A%20ID!)%7Buser(id%3A%24id)%7Bname%7D%7D&variables=%7B%22id%22%3A%22QVBJcy5ndXJ1%22%7D");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal("query($id: ID!){user(id:$id){name}}", echo.GetProperty("query").GetString());
        Assert.Equal("""{"id":"QVBJcy5ndXJ1"}""", echo.GetProperty("variables").GetRawText());
        Assert.False(echo.GetProperty("mutationsAllowed").GetBoolean());
    }

    [Fact]
    public async Task Get_EmptyOptionalParameters_AreTheSameAsAbsent()
    {
        var response = await _host.GetAsync("query=%7Ba%7D&operationName=&variables=&extensions=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal(JsonValueKind.Null, echo.GetProperty("operationName").ValueKind);
        Assert.Equal(JsonValueKind.Null, echo.GetProperty("variables").ValueKind);
    }

    [Fact]
    public async Task Get_OperationNameNull_IsTheNameNull()
    {
        // The draft: "operationName=null represents an operation with the name "null"".
        var response = await _host.GetAsync("query=query%20null%7Ba%7D&operationName=null");

        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal("null", echo.GetProperty("operationName").GetString());
    }

    [Theory]
    [InlineData("query=%7Ba%7D&variables=%5B1%5D", "\"variables\" query parameter must be a JSON-encoded object; it is an array")]
    [InlineData("query=%7Ba%7D&extensions=42", "\"extensions\" query parameter must be a JSON-encoded object; it is a number")]
    [InlineData("query=%7Ba%7D&query=%7Bb%7D", "\"query\" query parameter appears 2 times")]
    [InlineData("operationName=Q", "neither \"query\"")]
    public async Task Get_NotWellFormedParameters_Is422(string queryString, string messagePart)
    {
        var response = await _host.GetAsync(queryString);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_VariablesThatAreNotJson_Is400NamingTheParameter()
    {
        var response = await _host.GetAsync("query=%7Ba%7D&variables=%7Bid%3A1%7D");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("INVALID_JSON", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("\"variables\" query parameter is not valid JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MutationRefusedByExecutor_Is405AllowingPostOnly()
    {
        GraphQLRequestExecutor refuseMutationsOverGet = (request, _) =>
            ValueTask.FromResult(request.MutationsAllowed
                ? GraphQLExecutionResult.Executed(hasErrors: false, (_, _) => ValueTask.CompletedTask)
                : GraphQLExecutionResult.Rejected([TransportErrors.MutationOverGet()]));
        await using var host = await GraphQLTestHost.StartAsync(refuseMutationsOverGet);

        var response = await host.GetAsync("query=mutation%7Ba%7D");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("MUTATION_NOT_ALLOWED_OVER_GET", await response.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethod_Is405AllowingGetAndPost(string method)
    {
        var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", await response.ReadErrorCodeAsync());
    }
}
