using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Rejects a request whose body is not a UTF-8 HTML form.</summary>
internal sealed class ValidateContentType : IOAuthRequestHandler
{
    private const string FormMediaType = "application/x-www-form-urlencoded";

    // RFC 6749 section 4.4.2 (likewise RFC 7662 section 2.1 and RFC 7009 section 2.1): parameters are sent in the
    // application/x-www-form-urlencoded format, with UTF-8 character encoding (RFC 6749 appendix B).
    public ValueTask HandleAsync(OAuthRequestContext context)
    {
        var contentType = context.HttpContext.Request.ContentType;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            context.Reject(OAuthError.InvalidRequest($"The request body must be {FormMediaType}; Content-Type is '{contentType ?? "absent"}'."));
        }
        else if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            context.Reject(OAuthError.InvalidRequest($"The request body must be UTF-8; Content-Type names charset '{mediaType.Charset}'."));
        }

        return ValueTask.CompletedTask;
    }
}
