using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.GraphQL.AspNetCore.RequestIds;

/// <summary>Adds <see cref="RequestIdMiddleware"/> to a pipeline.</summary>
public static class RequestIdApplicationBuilderExtensions
{
    /// <summary>Adds the request id middleware; put it first, so every later middleware's logs carry the id.</summary>
    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestIdMiddleware>();
}
