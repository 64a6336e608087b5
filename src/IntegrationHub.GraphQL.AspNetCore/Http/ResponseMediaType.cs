namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>The media type a client accepts for successful (2xx) responses.</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: the draft's media type, preferred.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: for legacy clients that accept only that.</summary>
    Json,
}
