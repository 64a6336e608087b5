using System.Buffers;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>Reads a request body into memory without ever holding more than the limit (plus one read buffer):
/// a declared Content-Length over the limit is refused before reading, and a chunked body is refused as soon as
/// it passes the limit.</summary>
internal static class RequestBodyReader
{
    /// <summary>Returns the whole body, or null and the error once it is known to exceed <paramref name="maxBytes"/>.</summary>
    public static async Task<(byte[]? Body, GraphQLRequestError? Error)> ReadAsync(
        HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // Lowers the server's own limit for this request too: after a refusal the server does not drain the rest of
        // an oversized body but closes the connection (RFC 9110 section 15.5.14 allows either).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TransportErrors.RequestTooLarge(maxBytes));
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                if (buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(buffer.End);
                    return (null, TransportErrors.RequestTooLarge(maxBytes));
                }

                if (result.IsCompleted)
                {
                    var body = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return (body, null);
                }

                // Nothing consumed, everything examined: wake up only when more bytes arrive.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TransportErrors.RequestTooLarge(maxBytes));
        }
    }
}
