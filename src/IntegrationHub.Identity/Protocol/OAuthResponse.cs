using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Identity.Protocol;

/// <summary>A response of an OAuth endpoint: a status and an optional JSON body, written with the headers that RFC
/// 6749 section 5.1 requires of every response carrying tokens or credentials.</summary>
internal sealed class OAuthResponse
{
    // Answers to clients whose Authorization header failed name the scheme they should use (RFC 6749 section 5.2).
    private const string BasicChallenge = "Basic realm=\"IntegrationHub\", charset=\"UTF-8\"";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private OAuthResponse(int statusCode, object? body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public object? Body { get; }

    public static OAuthResponse Ok(object? body) => new(StatusCodes.Status200OK, body);

    public static OAuthResponse Error(OAuthError error)
        => new(error.StatusCode, new ErrorBody(error.Code, error.Description));

    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = StatusCode;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        if (StatusCode == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = BasicChallenge;
        }

        if (Body is not null)
        {
            await response.WriteAsJsonAsync(Body, Body.GetType(), Json, "application/json; charset=utf-8", response.HttpContext.RequestAborted);
        }
    }

    private sealed record ErrorBody(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string ErrorDescription);
}
