using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>Access tokens made outside the token endpoint: by default exactly what the hub would issue (signed with
/// its current key), which a test then spoils one way.</summary>
internal static class ForgedTokens
{
    public static string Sign(TestHub hub, Action<SecurityTokenDescriptor>? change = null, SigningCredentials? signWith = null)
    {
        var now = hub.Clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            TokenType = HubAccessTokens.TokenType,
            Issuer = hub.Issuer,
            Audience = TestHub.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = TestHub.BasicClientId,
                ["jti"] = Guid.NewGuid().ToString("N"),
                ["client_id"] = TestHub.BasicClientId,
                ["agency"] = TestHub.BasicAgency,
                ["scope"] = TestHub.HouseholdScope,
            },
            SigningCredentials = signWith ?? hub.Services.GetRequiredService<SigningKeyRing>().Current.SigningCredentials,
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The token with its signature removed and <c>alg</c> set to <c>none</c> (RFC 7519 section 6).</summary>
    public static string Unsigned(string token)
    {
        var payload = token.Split('.')[1];
        return $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"at+jwt"}""")}.{payload}.";
    }
}
