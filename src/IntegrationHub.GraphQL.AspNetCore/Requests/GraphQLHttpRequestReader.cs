using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>Reads the GraphQL request out of an HTTP GET or POST request, enforcing the size and depth limits.</summary>
public static class GraphQLHttpRequestReader
{
    /// <summary>Reads a GET (query parameters) or POST (<c>application/json</c> body) request. The caller has
    /// already refused other methods.</summary>
    public static async Task<RequestReadResult> ReadAsync(
        HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);

        if (HttpMethods.IsGet(request.Method))
        {
            return QueryStringParser.Parse(request.Query, options.MaxJsonDepth);
        }

        if (CheckContentType(request.ContentType) is { } mediaTypeError)
        {
            return RequestReadResult.Failure(mediaTypeError);
        }

        var (body, sizeError) = await RequestBodyReader.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        return body is null
            ? RequestReadResult.Failure(sizeError!)
            : JsonBodyParser.Parse(body, options.MaxJsonDepth);
    }

    /// <summary>The draft: a server "MUST support POST requests encoded with the application/json media type ...
    /// encoded with UTF-8", SHOULD reject a POST without Content-Type with a 4xx, and MUST assume UTF-8 when no
    /// charset is given. Other media types are not accepted: forms and text/plain would make the endpoint
    /// reachable by CORS "simple requests" (draft, section "Exercise caution").</summary>
    private static GraphQLRequestError? CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return TransportErrors.UnsupportedMediaType(
                "The POST request has no Content-Type header: send the body as Content-Type: application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return TransportErrors.UnsupportedMediaType(
                $"The Content-Type \"{ClientText.Shorten(contentType)}\" is not supported: send the body as application/json.");
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (charset.HasValue && !charset.Equals(GraphQLMediaTypes.Utf8Charset, StringComparison.OrdinalIgnoreCase))
        {
            return TransportErrors.UnsupportedMediaType(
                $"The charset \"{ClientText.Shorten(charset.ToString())}\" is not supported: send the body encoded as UTF-8.");
        }

        return null;
    }
}
