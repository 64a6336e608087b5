using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Policies;

/// <summary>Computes the version hash of a policy set: SHA-256 over a canonical form of the files it was loaded from.
/// <para>Canonical form: the files in ordinal order of their relative paths (<c>/</c> separators); each contributes
/// its path in UTF-8, a line feed, the byte length of its normalised content in decimal, a line feed, and the
/// normalised content. Normalising removes a UTF-8 byte order mark and turns CRLF and lone CR into LF, so that a
/// checkout on Windows hashes as one on Linux. Nothing else is normalised: an edit to a comment or to spacing
/// changes the hash. That is deliberate: the hash names the exact reviewed text in force, which anyone can recompute
/// from the git tree without our parser, and an audit event never points at a text that was not in force.</para>
/// <para>The framing (path and length before each content) keeps two different sets from sharing a byte stream.</para></summary>
public static class PolicySetHasher
{
    /// <summary>The version hash of <paramref name="files"/> (relative path to raw bytes): <c>sha256:</c> and 64
    /// lowercase hex digits.</summary>
    public static string Compute(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            var normalised = Normalise(content);
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\n{normalised.Length.ToString(CultureInfo.InvariantCulture)}\n"));
            hash.AppendData(normalised);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] Normalise(byte[] content)
    {
        var start = content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var output = new List<byte>(content.Length);
        for (var i = start; i < content.Length; i++)
        {
            if (content[i] != (byte)'\r')
            {
                output.Add(content[i]);
            }
            else if (i + 1 >= content.Length || content[i + 1] != (byte)'\n')
            {
                output.Add((byte)'\n');
            }
        }

        return [.. output];
    }
}
