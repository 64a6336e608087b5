using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>Hostile requests against the engine endpoint: each is refused with its limit's error and code, and the
/// server answers the next request as usual. Where the default limits stop a request before the limit under test
/// could see it, a second host with those outer limits raised proves the inner limit holds on its own.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private GraphQLTestHost _defaults = null!;
    private GraphQLTestHost _wideOpen = null!;

    public async Task InitializeAsync()
    {
        _defaults = await GraphQLTestHost.StartEngineAsync();
        _wideOpen = await GraphQLTestHost.StartEngineAsync(options =>
        {
            options.MaxRequestBodyBytes = 16 * 1024 * 1024;
            options.MaxDocumentLength = 16 * 1024 * 1024;
            options.MaxTokens = 1_000_000;
        });
    }

    public async Task DisposeAsync()
    {
        await _defaults.DisposeAsync();
        await _wideOpen.DisposeAsync();
    }

    [Fact]
    public async Task TenMegabyteBody_Is413AndTheServerStillAnswers()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ hello }", padding = new string('x', 10 * 1024 * 1024) }));
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {body.Length}\r\n\r\n";

        var response = await RawHttpExchange.SendAsync(_defaults.BaseAddress, head, body.Chunk(64 * 1024));

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        await AssertStillAnswersAsync(_defaults);
    }

    [Fact]
    public async Task HundredThousandAliases_WithDefaults_IsRefusedBeforeParsing()
    {
        // Over a bare socket: the server answers 413 while the body is still arriving and closes the connection,
        // which an HttpClient still sending the body may report as a failed send instead of the response.
        var body = Encoding.UTF8.GetBytes(Request(Aliases(100_000)));
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {body.Length}\r\n\r\n";

        var response = await RawHttpExchange.SendAsync(_defaults.BaseAddress, head, body.Chunk(64 * 1024));

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        await AssertStillAnswersAsync(_defaults);
    }

    [Fact]
    public async Task HundredThousandAliases_PastTheSizeLimits_Is422MaxAliasesExceeded()
    {
        var response = await _wideOpen.PostJsonAsync(Request(Aliases(100_000)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var codes = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(error => error.GetProperty("extensions").GetProperty("code").GetString())
            .Order(StringComparer.Ordinal);

        // 100,000 aliased root fields break two limits, each reported once.
        Assert.Equal(["MAX_ALIASES_EXCEEDED", "MAX_ROOT_FIELDS_EXCEEDED"], codes);
        await AssertStillAnswersAsync(_wideOpen);
    }

    [Fact]
    public async Task SelectionsThousandDeep_Is400FromTheParsersNestingGuard()
    {
        var response = await _defaults.PostJsonAsync(Request(Nested(1_000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("nests more than 64 levels", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillAnswersAsync(_defaults);
    }

    [Fact]
    public async Task FragmentsChainedThousandDeep_Is422MaxDepthExceeded()
    {
        // Each fragment nests one level and spreads the next, so no single selection set is deep for the parser.
        var fragments = Enumerable.Range(0, 1_000).Select(i =>
            i % 2 == 0
                ? $"fragment F{i} on Household {{ members {{ ...F{i + 1} }} }}"
                : i == 999 ? $"fragment F{i} on Member {{ name }}" : $"fragment F{i} on Member {{ household {{ ...F{i + 1} }} }}");
        var document = "{ household(id: 1) { ...F0 } } " + string.Join(' ', fragments);

        var response = await _wideOpen.PostJsonAsync(Request(document));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        await AssertStillAnswersAsync(_wideOpen);
    }

    [Fact]
    public async Task NestedListCostBomb_Is422MaxCostExceeded()
    {
        const string bomb = "{ households(first: 1000) { members(first: 1000) { household { members(first: 1000) "
            + "{ household { members(first: 1000) { name } } } } } } }";

        var response = await _defaults.PostJsonAsync(Request(bomb));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("The anonymous operation costs 1,002,002,001,001;", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillAnswersAsync(_defaults);
    }

    [Fact]
    public async Task FragmentFanOutCostBomb_SaturatesAndIs422()
    {
        // Each fragment spreads the next twice: 2^60 copies of the list at the bottom, in a document of 60 lines.
        var fragments = Enumerable.Range(0, 60).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")
            .Append("fragment F60 on Query { households(first: 1000) { id } }");
        var document = "{ ...F0 } " + string.Join(' ', fragments);

        var response = await _defaults.PostJsonAsync(Request(document));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        await AssertStillAnswersAsync(_defaults);
    }

    private static string Request(string query) => JsonSerializer.Serialize(new { query });

    private static string Aliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: hello")) + " }";

    private static string Nested(int depth)
    {
        var text = new StringBuilder("{ household(id: 1) { ");
        for (var level = 1; level < depth; level++)
        {
            text.Append(level % 2 == 1 ? "members { " : "household { ");
        }

        text.Append("__typename");
        text.Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", depth))).Append('}');
        return text.ToString();
    }

    /// <summary>Asks on a new connection: after refusing an oversized body, the server closes the connection it
    /// came on (RFC 9110 section 15.5.14), so the pooled one may be gone.</summary>
    private static async Task AssertStillAnswersAsync(GraphQLTestHost host)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }
}
