using System.Net;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>The response media type and status on real Kestrel (draft, sections "Accept", "Body", "Status Codes").</summary>
public sealed class ContentNegotiationTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    public async Task Success_UsesTheNegotiatedMediaTypeWithUtf8(string? accept, string mediaType)
    {
        var response = await _host.PostJsonAsync("""{"query":"{ a }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task RequestError_ForLegacyClient_KeepsItsStatusAndIsAGraphQLResponse()
    {
        // Draft, "Body": a legacy client's request is handled as if it accepted application/graphql-response+json,
        // "except any response that produces a 2xx status code should replace the Content-Type".
        var response = await _host.PostJsonAsync("""{"query":0}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    [InlineData("application/json; charset=utf-16")]
    public async Task UnacceptableAccept_Is406BeforeTheBodyIsRead(string accept)
    {
        var response = await _host.PostJsonAsync("NONSENSE", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", await response.ReadErrorCodeAsync());
    }
}
