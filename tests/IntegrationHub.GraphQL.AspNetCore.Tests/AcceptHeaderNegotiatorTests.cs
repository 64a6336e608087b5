using IntegrationHub.GraphQL.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>Accept header negotiation (RFC 9110 section 12.5.1; draft, sections "Accept" and "Body").</summary>
public sealed class AcceptHeaderNegotiatorTests
{
    [Theory]
    [InlineData("application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", ResponseMediaType.Json)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("*/*", ResponseMediaType.Json)]
    [InlineData("application/*", ResponseMediaType.Json)]
    [InlineData("text/html, */*;q=0.1", ResponseMediaType.Json)]
    [InlineData("*/*, application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("*/*, application/json;q=0", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("*/*, application/graphql-response+json;q=0", ResponseMediaType.Json)]
    [InlineData("application/*;q=0.2, application/json", ResponseMediaType.Json)]
    [InlineData("application/json; charset=utf-8", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json; charset=utf-16, application/json", ResponseMediaType.Json)]
    public void Negotiate_AcceptableHeader_PrefersANamedGraphQLResponseJsonElseJson(string accept, ResponseMediaType expected) =>
        Assert.Equal(expected, AcceptHeaderNegotiator.Negotiate(accept));

    [Fact]
    public void Negotiate_SeveralHeaderLines_AreReadAsOneList() =>
        Assert.Equal(
            ResponseMediaType.GraphQLResponseJson,
            AcceptHeaderNegotiator.Negotiate(new StringValues(["application/json;q=0.5", "application/graphql-response+json"])));

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0")]
    [InlineData("*/*;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("not a media type;;;")]
    public void Negotiate_NothingWeProduceAccepted_IsNull(string accept) =>
        Assert.Null(AcceptHeaderNegotiator.Negotiate(accept));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Negotiate_MissingHeader_ChoosesApplicationJson(string? accept) =>
        Assert.Equal(ResponseMediaType.Json, AcceptHeaderNegotiator.Negotiate(accept));
}
