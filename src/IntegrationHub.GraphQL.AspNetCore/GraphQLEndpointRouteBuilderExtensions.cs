using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves GraphQL over HTTP at <paramref name="pattern"/> (e.g. <c>/graphql</c>), running requests with
    /// <paramref name="executor"/>. Every method is routed here, so that methods other than GET and POST get a
    /// GraphQL error response with 405 and an Allow header rather than an empty one from routing. Requires
    /// <see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string pattern, GraphQLRequestExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(executor);
        var endpoint = ActivatorUtilities.CreateInstance<GraphQLHttpEndpoint>(endpoints.ServiceProvider, executor);
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
