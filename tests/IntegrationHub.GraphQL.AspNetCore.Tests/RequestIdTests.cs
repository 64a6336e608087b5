using IntegrationHub.GraphQL.AspNetCore.RequestIds;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>The X-Request-Id header and logging scope.</summary>
public sealed class RequestIdTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Request_WithSaneIncomingId_EchoesIt()
    {
        var response = await SendWithRequestIdAsync("partner-42:batch.7_a");

        Assert.Equal("partner-42:batch.7_a", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("quote\"d")]
    [InlineData("line\u0001break")]
    [InlineData("<script>")]
    public async Task Request_WithUnsafeIncomingId_GetsANewId(string incoming)
    {
        var response = await SendWithRequestIdAsync(incoming);

        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.NotEqual(incoming, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task Request_WithTooLongIncomingId_GetsANewId()
    {
        var response = await SendWithRequestIdAsync(new string('a', RequestIdMiddleware.MaxLength + 1));

        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task Request_WithTwoIncomingIds_GetsANewId()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Ba%7D");
        request.Headers.TryAddWithoutValidation("X-Request-Id", ["first", "second"]);

        var response = await _host.Client.SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task Request_WithoutId_GetsADistinctIdEachTime()
    {
        var first = await _host.GetAsync("query=%7Ba%7D");
        var second = await _host.GetAsync("query=%7Ba%7D");

        Assert.NotEqual(
            Assert.Single(first.Headers.GetValues("X-Request-Id")),
            Assert.Single(second.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task RejectionLogLine_CarriesTheRequestIdInItsScope()
    {
        var response = await SendWithRequestIdAsync("trace-me", "query=");

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var line = Assert.Single(_host.Logs.Lines, line => line.Message.StartsWith("GraphQL request rejected", StringComparison.Ordinal));
        Assert.Equal("trace-me", line.Scope[RequestIdMiddleware.ScopePropertyName]);
    }

    [Theory]
    [InlineData("abc-123", true)]
    [InlineData("0HN7:00000001", true)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    [InlineData("a\r\nSet-Cookie: x", false)]
    public void IsAcceptable_ChecksCharactersAndLength(string requestId, bool acceptable) =>
        Assert.Equal(acceptable, RequestIdMiddleware.IsAcceptable(requestId));

    private Task<HttpResponseMessage> SendWithRequestIdAsync(string requestId, string queryString = "query=%7Ba%7D")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        return _host.Client.SendAsync(request);
    }
}
