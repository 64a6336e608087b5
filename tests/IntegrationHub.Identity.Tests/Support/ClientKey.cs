using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>A client's P-256 key pair: the public half to register, the private half to sign assertions with.</summary>
internal sealed class ClientKey
{
    public ClientKey(string keyId)
    {
        Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        KeyId = keyId;
        var parameters = Key.ExportParameters(includePrivateParameters: false);
        PublicJwk = new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.EllipticCurve,
            Crv = JsonWebKeyECTypes.P256,
            X = Base64UrlEncoder.Encode(parameters.Q.X),
            Y = Base64UrlEncoder.Encode(parameters.Q.Y),
            Kid = keyId,
        };
    }

    public ECDsa Key { get; }

    public string KeyId { get; }

    public JsonWebKey PublicJwk { get; }

    public SigningCredentials SigningCredentials => new(new ECDsaSecurityKey(Key) { KeyId = KeyId }, SecurityAlgorithms.EcdsaSha256);

    /// <summary>The private key as a JWK (RFC 7518 section 6.2.2), the form WebCrypto imports.</summary>
    public string PrivateJwkJson()
    {
        var parameters = Key.ExportParameters(includePrivateParameters: true);
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64UrlEncoder.Encode(parameters.Q.X),
            ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y),
            ["d"] = Base64UrlEncoder.Encode(parameters.D),
            ["kid"] = KeyId,
        });
    }
}
