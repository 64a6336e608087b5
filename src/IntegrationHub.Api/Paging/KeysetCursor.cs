using System.Globalization;
using System.Text;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Paging;

/// <summary>The opaque cursor of a keyset page: base64 of <c>"after:&lt;key&gt;"</c>, the primary key of the
/// last row on the page. The next page is the rows with a greater key, found by an index seek however deep the
/// client pages, which OFFSET paging is not (it reads and throws away every skipped row).</summary>
public static class KeysetCursor
{
    /// <summary>The error code of a cursor the hub did not issue.</summary>
    public const string InvalidCursorCode = "INVALID_CURSOR";

    private const string Prefix = "after:";

    /// <summary>The cursor positioned after the row with key <paramref name="key"/>.</summary>
    public static string Encode(long key) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The key inside <paramref name="cursor"/>.</summary>
    /// <exception cref="FieldErrorException">The cursor is not one that <see cref="Encode"/> made.</exception>
    public static long Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var length)
            && Encoding.ASCII.GetString(bytes, 0, length) is { } text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return key;
        }

        throw new FieldErrorException(
            $"Argument \"after\" has an invalid cursor \"{cursor}\": pass the endCursor or an edge cursor of an earlier page unchanged.",
            code: InvalidCursorCode);
    }
}
