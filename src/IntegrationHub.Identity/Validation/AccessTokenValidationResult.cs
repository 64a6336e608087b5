using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Validation;

/// <summary>The outcome of validating an access token: the caller and the token, or why the token was refused.</summary>
internal sealed record AccessTokenValidationResult(ClaimsIdentity? Caller, JsonWebToken? Token, string? Failure)
{
    public static AccessTokenValidationResult Valid(ClaimsIdentity caller, JsonWebToken token) => new(caller, token, null);

    public static AccessTokenValidationResult Invalid(string failure) => new(null, null, failure);
}
