using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Validation;

/// <summary>Reads claims of a JWT's payload.</summary>
internal static class JsonWebTokenClaims
{
    /// <summary>The claim's value when it is a non-empty string; null when absent, empty or of another JSON type.</summary>
    public static string? StringClaim(this JsonWebToken token, string name)
        => token.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
