using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Execution;
using IntegrationHub.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves the <see cref="Schema"/> registered in the services over HTTP at <paramref name="pattern"/>
    /// (e.g. <c>/graphql</c>), on the engine (<see cref="GraphQLEngineExecutor"/>).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGraphQL(pattern, endpoints.ServiceProvider.GetRequiredService<Schema>());
    }

    /// <summary>Serves <paramref name="schema"/> over HTTP at <paramref name="pattern"/>, on the engine
    /// (<see cref="GraphQLEngineExecutor"/>). Each call has its own document cache, since validation results
    /// belong to one schema.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(schema);
        var engine = ActivatorUtilities.CreateInstance<GraphQLEngineExecutor>(endpoints.ServiceProvider, schema);
        return endpoints.MapGraphQL(pattern, engine.ExecuteAsync);
    }

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
