using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Keys;

/// <summary>One of the hub's signing keys: its private half for signing, its public half for the JWKS and for
/// validation, and when it was created (which decides when it stops being current and when it leaves the JWKS).</summary>
public sealed class SigningKey
{
    private SigningKey(string keyId, string algorithm, DateTimeOffset created, SecurityKey privateKey, SecurityKey publicKey, PublicJsonWebKey publicJwk)
    {
        KeyId = keyId;
        Algorithm = algorithm;
        Created = created;
        PrivateKey = privateKey;
        PublicKey = publicKey;
        PublicJwk = publicJwk;
    }

    /// <summary>The <c>kid</c>: the key's JWK thumbprint (RFC 7638), so the identifier follows from the key itself.</summary>
    public string KeyId { get; }

    /// <summary>The JWS algorithm this key signs with (<c>ES256</c> or <c>RS256</c>).</summary>
    public string Algorithm { get; }

    /// <summary>When the key was created; the newest key is the current one.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>The private key, for signing.</summary>
    internal SecurityKey PrivateKey { get; }

    /// <summary>The public key, for validating the hub's own tokens.</summary>
    internal SecurityKey PublicKey { get; }

    /// <summary>The public key as published in the JWKS.</summary>
    public PublicJsonWebKey PublicJwk { get; }

    /// <summary>Signing credentials over the private key.</summary>
    internal SigningCredentials SigningCredentials => new(PrivateKey, Algorithm);

    /// <summary>Builds the key from its algorithm and its private key (which the key takes ownership of).</summary>
    internal static SigningKey Create(string algorithm, DateTimeOffset created, AsymmetricAlgorithm key)
    {
        var (privateKey, publicKey) = key switch
        {
            ECDsa ecdsa when algorithm == SecurityAlgorithms.EcdsaSha256 && ecdsa.KeySize == 256 =>
                ((SecurityKey)new ECDsaSecurityKey(ecdsa), (SecurityKey)new ECDsaSecurityKey(PublicOnly(ecdsa))),
            RSA rsa when algorithm == SecurityAlgorithms.RsaSha256 && rsa.KeySize >= 2048 =>
                (new RsaSecurityKey(rsa), new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false))),
            _ => throw new CryptographicException($"A {key.GetType().Name} key of {key.KeySize} bits cannot sign {algorithm}; ES256 needs a P-256 key, RS256 an RSA key of at least 2048 bits."),
        };

        var publicJwk = PublicJsonWebKey.From(publicKey, algorithm);
        privateKey.KeyId = publicJwk.KeyId;
        publicKey.KeyId = publicJwk.KeyId;
        return new SigningKey(publicJwk.KeyId, algorithm, created, privateKey, publicKey, publicJwk);
    }

    private static ECDsa PublicOnly(ECDsa key)
    {
        var publicKey = ECDsa.Create();
        publicKey.ImportParameters(key.ExportParameters(includePrivateParameters: false));
        return publicKey;
    }
}
