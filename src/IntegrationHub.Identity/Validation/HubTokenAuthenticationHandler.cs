using System.Security.Claims;
using System.Text.Encodings.Web;
using IntegrationHub.Identity.Protocol;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity.Validation;

/// <summary>Authenticates a request by its bearer access token (RFC 6750 section 2.1) and answers a failed one
/// with a Bearer challenge (RFC 6750 section 3).</summary>
internal sealed class HubTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenValidator validator) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization;
        if (authorization.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var header = authorization.Count == 1 ? authorization[0] : null;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // Another scheme is not ours to judge; several Authorization headers are malformed.
            return authorization.Count == 1 ? AuthenticateResult.NoResult() : AuthenticateResult.Fail("The request has more than one Authorization header.");
        }

        var token = header[BearerPrefix.Length..].Trim();
        if (token.Length == 0)
        {
            return AuthenticateResult.Fail("The Bearer token is empty.");
        }

        var result = await validator.ValidateAsync(token, Context.RequestAborted);
        if (result.Caller is null)
        {
            Logger.LogInformation("Bearer token refused: {Reason}", result.Failure);
            return AuthenticateResult.Fail(result.Failure!);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.Caller), Scheme.Name));
    }

    // RFC 6750 section 3: a request without a token gets a bare challenge; one with a bad token gets
    // error="invalid_token" and a description.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null
            ? "Bearer realm=\"IntegrationHub\""
            : $"Bearer realm=\"IntegrationHub\", error=\"invalid_token\", error_description=\"{ErrorDescription.Sanitize(result.Failure.Message)}\"";
    }
}
