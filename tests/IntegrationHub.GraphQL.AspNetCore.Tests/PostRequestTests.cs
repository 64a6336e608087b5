using System.Net;
using System.Text;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>POST with an application/json body on real Kestrel (draft, sections "POST" and "JSON Encoding").</summary>
public sealed class PostRequestTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_AllParameters_ArePassedToTheExecutor()
    {
        var response = await _host.PostJsonAsync(
            """{"query":"query Q($id: ID!) { a(id: $id) }","operationName":"Q","variables":{"id":"7"},"extensions":{"trace":true},"unknown":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal("query Q($id: ID!) { a(id: $id) }", echo.GetProperty("query").GetString());
        Assert.Equal("Q", echo.GetProperty("operationName").GetString());
        Assert.Equal("""{"id":"7"}""", echo.GetProperty("variables").GetRawText());
        Assert.Equal("""{"trace":true}""", echo.GetProperty("extensions").GetRawText());
        Assert.True(echo.GetProperty("mutationsAllowed").GetBoolean());
        Assert.False(echo.GetProperty("trusted").GetBoolean());
    }

    [Fact]
    public async Task Post_DocumentId_IsTheSha256OfTheQueryText()
    {
        // The persisted documents appendix's own example: the same query with and without optional whitespace.
        var response = await _host.PostJsonAsync("""{"query":"query($id:ID!){user(id:$id){name}}"}""");

        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b", echo.GetProperty("documentId").GetString());
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Post_NullOptionalParameter_IsTheSameAsAbsent(string parameter)
    {
        var response = await _host.PostJsonAsync($$"""{"query":"{ a }","{{parameter}}":null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, echo.GetProperty(parameter).ValueKind);
    }

    [Theory]
    [InlineData("""{ "not a JSON""", "INVALID_JSON")]
    [InlineData("NONSENSE", "INVALID_JSON")]
    [InlineData("""{"query":"{ a }"} trailing""", "INVALID_JSON")]
    public async Task Post_MalformedJson_Is400(string body, string code)
    {
        var response = await _host.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal(code, await response.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("""{"qeury":"{ a }"}""", "neither \"query\"")]
    [InlineData("""{"query":{"obj":"ect"}}""", "\"query\" parameter must be a string; it is an object")]
    [InlineData("""{"query":0}""", "\"query\" parameter must be a string; it is a number")]
    [InlineData("""{"query":false}""", "\"query\" parameter must be a string; it is a boolean")]
    [InlineData("""{"query":"{ a }","operationName":["x"]}""", "\"operationName\" parameter must be a string; it is an array")]
    [InlineData("""{"query":"{ a }","variables":[7]}""", "\"variables\" parameter must be an object (map); it is an array")]
    [InlineData("""{"query":"{ a }","variables":"{}"}""", "\"variables\" parameter must be an object (map); it is a string")]
    [InlineData("""{"query":"{ a }","extensions":0}""", "\"extensions\" parameter must be an object (map); it is a number")]
    [InlineData("\"{ a }\"", "must be a JSON object; it is a string")]
    [InlineData("""{"query":"{ a }","query":"{ b }"}""", "\"query\" parameter more than once")]
    [InlineData("""{"query":"{ a }","documentId":"sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b"}""", "not both")]
    public async Task Post_NotWellFormedRequest_Is422WithAMessageNamingTheProblem(string body, string messagePart)
    {
        var response = await _host.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("INVALID_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ArrayBody_IsRefusedAsBatchingDisabled()
    {
        var response = await _host.PostJsonAsync("""[{"query":"{ a }"},{"query":"{ b }"}]""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("BATCHING_DISABLED", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Post_ApolloPersistedQueryWithoutDocument_IsRefusedWithApolloCode()
    {
        var response = await _host.PostJsonAsync(
            """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b"}}}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", await response.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData(null, "has no Content-Type")]
    [InlineData("text/plain", "\"text/plain\" is not supported")]
    [InlineData("application/x-www-form-urlencoded", "is not supported")]
    [InlineData("application/graphql", "is not supported")]
    [InlineData("application/json; charset=utf-16", "charset \"utf-16\" is not supported")]
    [InlineData("application/json; charset=iso-8859-1", "charset \"iso-8859-1\" is not supported")]
    public async Task Post_UnsupportedContentType_Is415(string? contentType, string messagePart)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ a }"}"""));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await _host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Post_JsonContentTypeWithUtf8OrNoCharset_IsAccepted(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ a }"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_EmptyBody_Is400InvalidJson()
    {
        var response = await _host.PostJsonAsync(string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Post_InvalidUtf8InsideAString_Is400InvalidJson()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\":\"{ a }\",\"variables\":{\"name\":\"");
        var suffix = Encoding.UTF8.GetBytes("\"}}");
        byte[] body = [.. prefix, 0xC3, 0x28, 0xFF, .. suffix];
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await _host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Contains("not valid UTF-8", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ThaiText_RoundTripsAsUtf8()
    {
        var response = await _host.PostJsonAsync("""{"query":"{ a }","variables":{"province":"มุกดาหาร"}}""");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("มุกดาหาร", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
