using System.Security.Cryptography;
using System.Text.Json.Serialization;
using IntegrationHub.Identity.Grants;
using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.Validation;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Signs the access token, a JWT as profiled by RFC 9068, and answers with it (RFC 6749 section 5.1).</summary>
internal sealed class IssueAccessToken(IOptions<HubTokenOptions> options, SigningKeyRing keyRing, TimeProvider clock) : IOAuthRequestHandler
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public ValueTask HandleAsync(OAuthRequestContext context)
    {
        var settings = options.Value;
        var client = context.AuthenticatedClient;
        var now = clock.GetUtcNow().UtcDateTime;
        var scope = ScopeList.Format(context.GrantedScopes);
        var descriptor = new SecurityTokenDescriptor
        {
            // RFC 9068 section 2.1: the JOSE header typ is at+jwt, so the token cannot pass for another kind of JWT.
            TokenType = HubAccessTokens.TokenType,
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.AccessTokenLifetime,
            SigningCredentials = keyRing.Current.SigningCredentials,
            // RFC 9068 section 2.2: for the client credentials grant, sub identifies the client itself.
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = client.ClientId,
                [JwtRegisteredClaimNames.Jti] = NewTokenId(),
                [HubClaimTypes.ClientId] = client.ClientId,
                [HubClaimTypes.Scope] = scope,
                [HubClaimTypes.Agency] = client.AgencyCode,
            },
        };

        var token = _handler.CreateToken(descriptor);

        // RFC 6749 section 5.1; scope is always returned, because it may be narrower than what was requested.
        context.Complete(OAuthResponse.Ok(new TokenResponse(token, "Bearer", (long)settings.AccessTokenLifetime.TotalSeconds, scope)));
        return ValueTask.CompletedTask;
    }

    // 128 random bits: unguessable, and collision-free for all practical purposes (RFC 7519 section 4.1.7).
    private static string NewTokenId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] long ExpiresIn,
        [property: JsonPropertyName("scope")] string Scope);
}
