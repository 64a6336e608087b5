using System.Collections.Concurrent;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>Makes client secret hashes as the policy files store them, once per secret: each costs the full
/// PBKDF2 work factor, and many tests start a hub with the same clients.</summary>
internal static class TestSecrets
{
    private static readonly ConcurrentDictionary<string, string> Hashes = new(StringComparer.Ordinal);

    public static string Hash(string secret) => Hashes.GetOrAdd(secret, Policies.ClientSecretHash.Hash);
}
