using System.Net;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>The engine behind <c>MapGraphQL("/graphql")</c>: each phase's outcome, its status and its code.</summary>
public sealed class EngineEndpointTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartEngineAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_Query_Is200WithDataInUtf8()
    {
        var response = await _host.PostJsonAsync("""{"query":"query($n: String){ hello(name: $n) }","variables":{"n":"ครับ"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("""{"data":{"hello":"สวัสดี ครับ"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Query_Is200WithData()
    {
        var response = await _host.GetAsync("query=" + Uri.EscapeDataString("{ households(first: 1) { id } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"households":[{"id":"1"}]}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Mutation_Is405AllowPostAndDoesNotRun()
    {
        var response = await _host.GetAsync("query=" + Uri.EscapeDataString("mutation { touch }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("MUTATION_NOT_ALLOWED_OVER_GET", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Get_DocumentWithQueryAndMutation_RunsTheNamedQuery()
    {
        var document = Uri.EscapeDataString("query Q { hello } mutation M { touch }");

        var response = await _host.GetAsync($"query={document}&operationName=Q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Mutation_Is200()
    {
        var response = await _host.PostJsonAsync("""{"query":"mutation { touch }"}""");

        Assert.Equal("""{"data":{"touch":true}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SyntaxError_Is400ParseFailedWithLocation()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ hello"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = SingleError(await response.ReadJsonAsync());
        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(error));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(8, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Post_UnknownField_Is422ValidationFailedWithLocation()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ hello nope }"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = SingleError(await response.ReadJsonAsync());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(error));
        Assert.Contains("\"nope\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Post_UnknownOperationName_Is422OperationResolutionFailure()
    {
        var response = await _host.PostJsonAsync("""{"query":"query A { hello }","operationName":"B"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("OPERATION_RESOLUTION_FAILURE", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Post_VariableOfTheWrongType_Is422BadUserInput()
    {
        var response = await _host.PostJsonAsync("""{"query":"query($id: ID!){ household(id: $id) { id } }","variables":{"id":null}}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal("BAD_USER_INPUT", Code(SingleError(json)));
    }

    [Fact]
    public async Task Post_ResolverThrows_ClientSeesCodeAndRequestIdNotTheException()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello crash }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Request-Id", "req-crash-1");
        request.Headers.Add("Accept", "application/graphql-response+json");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(294, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement;
        var error = SingleError(json);
        Assert.Equal("INTERNAL_SERVER_ERROR", Code(error));
        Assert.Contains("req-crash-1", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("crash", error.GetProperty("path")[0].GetString());
        Assert.Equal("hello", json.GetProperty("data").GetProperty("hello").GetString());
        var logged = Assert.Single(_host.Logs.Lines, line => line.Level == LogLevel.Error);
        Assert.Equal("GraphQL resolver failed at crash", logged.Message);
        Assert.Equal("req-crash-1", logged.Scope["HubRequestId"]);
    }

    [Fact]
    public async Task Post_ResolverThrowsInDevelopment_ShowsTheException()
    {
        await using var development = await GraphQLTestHost.StartEngineAsync(environment: "Development");

        var response = await development.PostJsonAsync("""{"query":"{ crash }"}""");

        var error = SingleError(await response.ReadJsonAsync());
        Assert.Equal("INTERNAL_SERVER_ERROR", Code(error));
        Assert.Contains(TestSchema.SecretMessage, error.GetProperty("extensions").GetProperty("exception").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FieldErrorWithItsOwnCode_KeepsTheCodeAndMessage()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ denied }"}""");

        var error = SingleError(await response.ReadJsonAsync());
        Assert.Equal("FORBIDDEN_FIELD", Code(error));
        Assert.Equal("Not granted by your MOU.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_EngineFieldError_GetsFieldErrorCode()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ badInt }"}""");

        Assert.Equal(294, (int)response.StatusCode);
        var error = SingleError(await response.ReadJsonAsync());
        Assert.Equal("FIELD_ERROR", Code(error));
        Assert.StartsWith("Int cannot represent", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FieldErrorForLegacyClient_Is200()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ denied }"}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Post_CostRequested_IsReportedInExtensions()
    {
        var response = await _host.PostJsonAsync(
            """{"query":"{ households(first: 3) { id members { name } } }","extensions":{"cost":true}}""");

        var cost = (await response.ReadJsonAsync()).GetProperty("extensions").GetProperty("cost");
        Assert.Equal(1 + (3 * (1 + 1 + (10 * 1))), cost.GetProperty("computed").GetInt64());
        Assert.Equal(100_000, cost.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task Post_CostNotRequested_HasNoExtensions()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ hello }"}""");

        Assert.False((await response.ReadJsonAsync()).TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Post_SameDocumentTwice_IsAnsweredFromTheCacheAlike()
    {
        var first = await _host.PostJsonAsync("""{"query":"{ hello }"}""");
        var second = await _host.PostJsonAsync("""{"query":"{ hello }"}""");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_OneCachedDocumentTwoOperations_EachRunsItsOwnPlan()
    {
        const string document = "query A { hello } query B { households(first: 1) { id } }";

        var a = await _host.PostJsonAsync(JsonSerializer.Serialize(new { query = document, operationName = "A" }));
        var b = await _host.PostJsonAsync(JsonSerializer.Serialize(new { query = document, operationName = "B" }));
        var aAgain = await _host.PostJsonAsync(JsonSerializer.Serialize(new { query = document, operationName = "A" }));

        Assert.Equal("""{"data":{"hello":"hello"}}""", await a.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"households":[{"id":"1"}]}}""", await b.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"hello":"hello"}}""", await aAgain.Content.ReadAsStringAsync());
    }

    private static JsonElement SingleError(JsonElement response) => Assert.Single(response.GetProperty("errors").EnumerateArray());

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
