using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Validation;

/// <summary>Reads a compact signed JWT without checking it, to learn which issuer's or client's rules must then
/// check it. Nothing read here is trusted.</summary>
internal static class UnverifiedJwt
{
    /// <summary>The token, or null when it is not a readable JWS (malformed, bad base64url, not JSON, or a JWE).</summary>
    public static JsonWebToken? TryRead(string token)
    {
        try
        {
            var jwt = new JsonWebToken(token);
            return jwt.IsEncrypted ? null : jwt;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            // The library reports malformed tokens as ArgumentException (SecurityTokenMalformedException) and
            // undecodable base64url as FormatException.
            return null;
        }
    }

}
