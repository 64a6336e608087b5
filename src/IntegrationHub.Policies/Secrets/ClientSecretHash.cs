using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Policies;

/// <summary>Client secrets as policy files store them: a versioned PBKDF2 hash,
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt, base64&gt;$&lt;hash, base64&gt;</c>. PBKDF2 is RFC 8018, section 5.2, with
/// HMAC-SHA-256; the version prefix lets a stronger scheme be added beside it without breaking stored hashes.</summary>
public static class ClientSecretHash
{
    /// <summary>The scheme prefix of this format.</summary>
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>The iteration count new hashes use, and the fewest a stored hash may have: OWASP's 2023 figure for
    /// PBKDF2-HMAC-SHA256. Lower counts are refused rather than verified, so a weak hash cannot slip into a policy.</summary>
    public const int MinimumIterations = 600_000;

    /// <summary>The most iterations a stored hash may ask for, so that a malformed hash cannot stall the token endpoint.</summary>
    public const int MaximumIterations = 10_000_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes a new secret with a fresh random salt; <c>policies hash-secret</c> prints the result.</summary>
    public static string Hash(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(secret, salt, MinimumIterations);
        return string.Join('$', Scheme, MinimumIterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="secret"/> matches <paramref name="encodedHash"/>. The comparison takes the
    /// same time wherever the first difference lies; a malformed hash, or one weaker than the policy accepts, is
    /// simply false, never an exception.</summary>
    public static bool Verify(string secret, string encodedHash)
    {
        if (string.IsNullOrEmpty(secret) || !TryParse(encodedHash, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(secret, salt, iterations), expected);
    }

    /// <summary>Explains why <paramref name="encodedHash"/> is not a hash this format accepts, or returns null when it is.
    /// The loader reports the reason against the file and line.</summary>
    public static string? Problem(string encodedHash) =>
        TryParse(encodedHash, out _, out _, out _, out var problem) ? null : problem;

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash) =>
        TryParse(encoded, out iterations, out salt, out hash, out _);

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash, out string problem)
    {
        iterations = 0;
        salt = hash = [];
        var parts = (encoded ?? string.Empty).Split('$');
        if (parts.Length != 4 || parts[0] != Scheme)
        {
            problem = $"a secret hash has the form {Scheme}$<iterations>$<salt base64>$<hash base64>";
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations < MinimumIterations || iterations > MaximumIterations)
        {
            problem = $"the iteration count must be a number from {MinimumIterations} to {MaximumIterations}";
            return false;
        }

        if (!TryDecode(parts[2], out salt) || salt.Length < SaltBytes)
        {
            problem = $"the salt must be base64 of at least {SaltBytes} bytes";
            return false;
        }

        if (!TryDecode(parts[3], out hash) || hash.Length != HashBytes)
        {
            problem = $"the hash must be base64 of exactly {HashBytes} bytes";
            return false;
        }

        problem = string.Empty;
        return true;
    }

    private static bool TryDecode(string base64, out byte[] bytes)
    {
        var buffer = new byte[base64.Length];
        if (Convert.TryFromBase64String(base64, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }

    private static byte[] Derive(string secret, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
