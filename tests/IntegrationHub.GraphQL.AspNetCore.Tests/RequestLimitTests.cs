using System.Net;
using System.Text;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>The request limits and hostile inputs, on real Kestrel.</summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private const int BodyLimit = 64 * 1024;
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(configure: options =>
    {
        options.MaxRequestBodyBytes = BodyLimit;
        options.MaxDocumentLength = 1_000;
        options.MaxJsonDepth = 8;
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_TenMegabyteBodyWithContentLength_Is413BeforeTheBodyIsSent()
    {
        var body = TenMegabyteRequest();
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {body.Length}\r\n\r\n";

        var response = await RawHttpExchange.SendAsync(_host.BaseAddress, head, body.Chunk(16 * 1024));

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/graphql-response+json; charset=utf-8", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TenMegabyteChunkedBody_Is413()
    {
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        var chunks = TenMegabyteRequest().Chunk(16 * 1024)
            .Select(chunk => (byte[])[.. Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), .. chunk, .. "\r\n"u8]);

        var response = await RawHttpExchange.SendAsync(_host.BaseAddress, head, chunks);

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedChunkedEncoding_IsKestrels400NotA500()
    {
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

        var response = await RawHttpExchange.SendAsync(_host.BaseAddress, head, ["zz\r\n{}\r\n0\r\n\r\n"u8.ToArray()]);

        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Message == "GraphQL request failed");
    }

    [Fact]
    public async Task Post_BodyExactlyAtTheLimit_IsRead()
    {
        var json = """{"query":"{ a }","pad":""}""";
        var padded = json.Insert(json.Length - 2, new string(' ', BodyLimit - json.Length));
        Assert.Equal(BodyLimit, Encoding.UTF8.GetByteCount(padded));

        var response = await _host.PostJsonAsync(padded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_DocumentOverTheLengthLimit_Is413DocumentTooLarge()
    {
        var response = await _host.PostJsonAsync($$"""{"query":"{ {{new string('a', 1_000)}} }"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("DOCUMENT_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The document is 1004 characters long; the limit is 1000.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_DocumentOverTheLengthLimit_Is413DocumentTooLarge()
    {
        var response = await _host.GetAsync("query=" + new string('a', 1_001));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Post_VariablesAtTheDepthLimit_AreAccepted()
    {
        // Request object (1) > variables (2) > a, b, c, d (6) > two arrays (8).
        var response = await _host.PostJsonAsync("""{"query":"{ a }","variables":{"a":{"b":{"c":{"d":{"e":[[1]]}}}}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_VariablesOneLevelTooDeep_Is400JsonTooDeep()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ a }","variables":{"a":{"b":{"c":{"d":{"e":[[[1]]]}}}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("JSON_TOO_DEEP", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The request body nests deeper than 8 levels (at byte 56).", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_VariablesCountTheRequestObjectLikePost()
    {
        var atLimit = Uri.EscapeDataString("""{"a":{"b":{"c":{"d":{"e":[[1]]}}}}}""");
        var tooDeep = Uri.EscapeDataString("""{"a":{"b":{"c":{"d":{"e":[[[1]]]}}}}}""");

        var accepted = await _host.GetAsync("query=%7Ba%7D&variables=" + atLimit);
        var refused = await _host.GetAsync("query=%7Ba%7D&variables=" + tooDeep);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = (await refused.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("The \"variables\" query parameter nests deeper than 8 levels (at byte 27).", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_HundredThousandNestedArrays_Is400WithoutRecursing()
    {
        var body = """{"query":"{ a }","variables":{"v":""" + new string('[', 100_000) + new string(']', 100_000) + "}}";
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        await using var host = await GraphQLTestHost.StartAsync(configure: options => options.MaxRequestBodyBytes = 1024 * 1024);

        var response = await host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("JSON_TOO_DEEP", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task HugeHeader_IsRefusedByKestrelWith431()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Ba%7D");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('x', 64 * 1024));

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task HugeUrl_IsRefusedByKestrelWith414()
    {
        var response = await _host.GetAsync("query=" + new string('a', 16 * 1024));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    private static byte[] TenMegabyteRequest() =>
        Encoding.UTF8.GetBytes("{\"query\":\"{ a }\",\"variables\":{\"blob\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}");
}
