using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Keys;

/// <summary>A public signing key as a JWK (RFC 7517 section 4, RFC 7518 section 6). The members are an explicit
/// allow-list, so no private parameter can ever reach the JWKS.</summary>
public sealed record PublicJsonWebKey
{
    /// <summary>Key type: <c>EC</c> or <c>RSA</c>.</summary>
    [JsonPropertyName("kty")]
    public required string KeyType { get; init; }

    /// <summary>Always <c>sig</c>: the hub's keys only sign.</summary>
    [JsonPropertyName("use")]
    public string Use { get; init; } = "sig";

    /// <summary>The JWS algorithm the key is used with.</summary>
    [JsonPropertyName("alg")]
    public required string Algorithm { get; init; }

    /// <summary>The RFC 7638 thumbprint of the key.</summary>
    [JsonPropertyName("kid")]
    public required string KeyId { get; init; }

    /// <summary>EC curve (<c>P-256</c>).</summary>
    [JsonPropertyName("crv")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Curve { get; init; }

    /// <summary>EC x coordinate, base64url.</summary>
    [JsonPropertyName("x")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? X { get; init; }

    /// <summary>EC y coordinate, base64url.</summary>
    [JsonPropertyName("y")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Y { get; init; }

    /// <summary>RSA modulus, base64url.</summary>
    [JsonPropertyName("n")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Modulus { get; init; }

    /// <summary>RSA public exponent, base64url.</summary>
    [JsonPropertyName("e")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Exponent { get; init; }

    /// <summary>Describes a public key, its <c>kid</c> being its JWK thumbprint (RFC 7638 section 3).</summary>
    internal static PublicJsonWebKey From(SecurityKey publicKey, string algorithm)
    {
        var jwk = JsonWebKeyConverter.ConvertFromSecurityKey(publicKey);
        if (jwk.HasPrivateKey)
        {
            throw new ArgumentException("Only a public key may be published.", nameof(publicKey));
        }

        return new PublicJsonWebKey
        {
            KeyType = jwk.Kty,
            Algorithm = algorithm,
            KeyId = Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint()),
            Curve = NullIfEmpty(jwk.Crv),
            X = NullIfEmpty(jwk.X),
            Y = NullIfEmpty(jwk.Y),
            Modulus = NullIfEmpty(jwk.N),
            Exponent = NullIfEmpty(jwk.E),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
