using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Keys;

/// <summary>The JWS algorithms (RFC 7518 section 3.1) the hub signs its access tokens with, and how to create a
/// key for each.</summary>
internal static class SigningAlgorithms
{
    // RSA 3072 bits: the size NIST SP 800-57 part 1 gives for use beyond 2030.
    private const int RsaKeyBits = 3072;

    public static IReadOnlyList<string> Supported { get; } = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256];

    public static bool IsSupported(string algorithm) => Supported.Contains(algorithm, StringComparer.Ordinal);

    public static AsymmetricAlgorithm CreateKey(string algorithm) => algorithm switch
    {
        SecurityAlgorithms.EcdsaSha256 => ECDsa.Create(ECCurve.NamedCurves.nistP256),
        SecurityAlgorithms.RsaSha256 => RSA.Create(RsaKeyBits),
        _ => throw new ArgumentException($"Signing algorithm '{algorithm}' is not supported; use ES256 or RS256.", nameof(algorithm)),
    };
}
