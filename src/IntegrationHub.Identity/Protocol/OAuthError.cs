using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Identity.Protocol;

/// <summary>An OAuth error response (RFC 6749 section 5.2): the error code, a description for the client's
/// developer and the HTTP status.</summary>
internal sealed record OAuthError
{
    private OAuthError(string code, string description, int statusCode)
    {
        Code = code;
        Description = ErrorDescription.Sanitize(description);
        StatusCode = statusCode;
    }

    public string Code { get; }

    public string Description { get; }

    public int StatusCode { get; }

    /// <summary>The request is missing a parameter, repeats one, or is otherwise malformed.</summary>
    public static OAuthError InvalidRequest(string description) => new("invalid_request", description, StatusCodes.Status400BadRequest);

    /// <summary>Client authentication failed. Answered with 401 and a <c>WWW-Authenticate</c> challenge: RFC 6749
    /// section 5.2 requires it when the client used the Authorization header and allows it otherwise.</summary>
    public static OAuthError InvalidClient(string description) => new("invalid_client", description, StatusCodes.Status401Unauthorized);

    /// <summary>The authenticated client may not do what it asked.</summary>
    public static OAuthError UnauthorizedClient(string description) => new("unauthorized_client", description, StatusCodes.Status400BadRequest);

    /// <summary>The grant type is not one the hub supports.</summary>
    public static OAuthError UnsupportedGrantType(string description) => new("unsupported_grant_type", description, StatusCodes.Status400BadRequest);

    /// <summary>The scope is malformed, missing, or grants nothing.</summary>
    public static OAuthError InvalidScope(string description) => new("invalid_scope", description, StatusCodes.Status400BadRequest);
}
