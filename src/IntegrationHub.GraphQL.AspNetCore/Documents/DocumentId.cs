using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.GraphQL.AspNetCore.Documents;

/// <summary>A SHA-256 hex document identifier (GraphQL-over-HTTP, Appendix A "Persisted Documents"):
/// <c>sha256:</c> followed by the 64 lower-case hex digits of the SHA-256 of the document's UTF-8 source text.
/// It is also the key of every per-document cache, so equal ids always mean byte-identical documents.</summary>
public readonly record struct DocumentId
{
    /// <summary>The prefix of a SHA-256 hex document identifier.</summary>
    public const string Sha256Prefix = "sha256:";

    private const int HexLength = 64;

    private DocumentId(string value) => Value = value;

    /// <summary>The identifier, e.g. <c>sha256:7dba4bd7…</c>.</summary>
    public string Value { get; }

    /// <summary>The id of a document given as text; hashes its UTF-8 encoding.</summary>
    public static DocumentId FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromUtf8(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The id of a document given as UTF-8 bytes.</summary>
    public static DocumentId FromUtf8(ReadOnlySpan<byte> utf8Text) =>
        new(Sha256Prefix + Convert.ToHexStringLower(SHA256.HashData(utf8Text)));

    /// <summary>Reads a <c>sha256:</c> identifier; anything else (other prefixes, custom ids, upper-case hex,
    /// wrong length) is refused, so one document has exactly one id.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentId id)
    {
        id = default;
        if (text is null
            || text.Length != Sha256Prefix.Length + HexLength
            || !text.StartsWith(Sha256Prefix, StringComparison.Ordinal)
            || !IsLowerHex(text.AsSpan(Sha256Prefix.Length)))
        {
            return false;
        }

        id = new DocumentId(text);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is exactly the 64 lower-case hex digits of a SHA-256 hash.</summary>
    public static bool IsSha256Hex(ReadOnlySpan<char> text) => text.Length == HexLength && IsLowerHex(text);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
