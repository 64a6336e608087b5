namespace IntegrationHub.GraphQL.AspNetCore.Endpoint;

/// <summary>Parses, validates and executes a request: the engine's side of the endpoint. Exceptions it throws
/// become a 500 <c>INTERNAL_SERVER_ERROR</c> whose details are shown in Development only.</summary>
public delegate ValueTask<GraphQLExecutionResult> GraphQLRequestExecutor(
    GraphQLExecutionRequest request, CancellationToken cancellationToken);
