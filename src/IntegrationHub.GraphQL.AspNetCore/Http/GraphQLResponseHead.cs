using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>The status line and headers a GraphQL response is sent with.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="ContentType">The full Content-Type, charset included.</param>
/// <param name="Allow">The Allow header (RFC 9110 section 10.2.1), required with 405; otherwise null.</param>
public readonly record struct GraphQLResponseHead(int StatusCode, string ContentType, string? Allow = null)
{
    /// <summary>Sets the status and headers on <paramref name="response"/>, adding
    /// <c>X-Content-Type-Options: nosniff</c> so no browser ever renders a response as anything but JSON.</summary>
    public void ApplyTo(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.Headers.XContentTypeOptions = "nosniff";
        if (Allow is not null)
        {
            response.Headers.Allow = Allow;
        }
    }
}
