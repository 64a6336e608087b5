using System.Net;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>Each limit on the document, set low: the request at the limit runs, the one over it gets 422 (400 for
/// the parser's token limit) with the limit's code and a message naming both numbers.</summary>
public sealed class DocumentLimitTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartEngineAsync(options =>
    {
        options.MaxTokens = 40;
        options.MaxSelectionDepth = 3;
        options.MaxAliases = 2;
        options.MaxRootFields = 3;
        options.MaxCost = 100;
        options.DefaultListSize = 5;
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tokens_OverTheLimit_Is400ParseFailedNamingTheLimit()
    {
        var response = await PostAsync("{ " + string.Join(' ', Enumerable.Repeat("hello", 40)) + " }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await SingleErrorAsync(response, "GRAPHQL_PARSE_FAILED");
        Assert.Equal("Syntax Error: Document contains more than 40 tokens. Parsing aborted.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Depth_AtTheLimit_Runs()
    {
        var response = await PostAsync("{ household(id: 1) { members { name } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Depth_OverTheLimit_Is422MaxDepthExceeded()
    {
        var response = await PostAsync("query Deep { household(id: 1) { members { household { id } } } }");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await SingleErrorAsync(response, "MAX_DEPTH_EXCEEDED");
        Assert.Equal("The operation \"Deep\" nests fields 4 levels deep; the limit is 3.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Depth_ThroughFragments_IsCounted()
    {
        var response = await PostAsync(
            "{ household(id: 1) { ...M } } fragment M on Household { members { ...H } } fragment H on Member { household { id } }");

        await SingleErrorAsync(response, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Aliases_AtTheLimit_Run()
    {
        var response = await PostAsync("{ a: hello b: hello }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Aliases_OverTheLimit_Is422AtTheFirstAliasOver()
    {
        var response = await PostAsync("{ a: hello b: hello c: hello }");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await SingleErrorAsync(response, "MAX_ALIASES_EXCEEDED");
        Assert.Equal("The document uses more than 2 aliases; this is alias number 3.", error.GetProperty("message").GetString());
        Assert.Equal(21, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task RootFields_RepeatedKeys_CountOnce()
    {
        var response = await PostAsync("{ hello hello badInt denied ...F } fragment F on Query { hello }");

        Assert.Equal(294, (int)response.StatusCode);
    }

    [Fact]
    public async Task RootFields_OverTheLimitThroughAFragment_Is422()
    {
        var response = await PostAsync("{ hello badInt ...F } fragment F on Query { denied crash }");

        var error = await SingleErrorAsync(response, "MAX_ROOT_FIELDS_EXCEEDED");
        Assert.Equal("The anonymous operation selects 4 root fields; the limit is 3.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Cost_FirstMultipliesTheSubtree_OverTheLimitIs422()
    {
        // 1 + 50 × (1 + 1) = 101 > 100.
        var response = await PostAsync("query Big { households(first: 50) { id name } }");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await SingleErrorAsync(response, "MAX_COST_EXCEEDED");
        Assert.StartsWith("The operation \"Big\" costs 101; the limit is 100.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cost_FirstFromAVariable_IsTheVariablesValue()
    {
        var small = await PostAsync("query($n: Int){ households(first: $n) { id } }", """{"n":99}""");
        var large = await PostAsync("query($n: Int){ households(first: $n) { id } }", """{"n":100}""");

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        await SingleErrorAsync(large, "MAX_COST_EXCEEDED");
    }

    [Fact]
    public async Task Cost_OfTheExecutedOperationOnly_IsChecked()
    {
        var response = await PostAsync(
            "query Cheap { hello } query Dear { households(first: 1000) { id } }", variables: null, operationName: "Cheap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cost_ListWithoutFirst_UsesTheDefaultListSize()
    {
        var response = await PostAsync("{ households(first: 2) { members { name } } }", variables: null, operationName: null, """{"cost":true}""");

        // 1 + 2 × (1 + 5 × 1) = 13.
        var cost = (await response.ReadJsonAsync()).GetProperty("extensions").GetProperty("cost").GetProperty("computed").GetInt64();
        Assert.Equal(13, cost);
    }

    private Task<HttpResponseMessage> PostAsync(string query, string? variables = null, string? operationName = null, string? extensions = null)
    {
        var body = new Dictionary<string, object?> { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonDocument.Parse(variables).RootElement;
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        if (extensions is not null)
        {
            body["extensions"] = JsonDocument.Parse(extensions).RootElement;
        }

        return _host.PostJsonAsync(JsonSerializer.Serialize(body));
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response, string code)
    {
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("data", out _), "A refused document must not have data.");
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }
}
