namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>The media types of the GraphQL-over-HTTP draft, section "Media Types".</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The request body media type, and the response media type for legacy clients.</summary>
    public const string Json = "application/json";

    /// <summary>The GraphQL response media type every conforming server must support.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The only character encoding this transport reads or writes.</summary>
    public const string Utf8Charset = "utf-8";
}
