using System.Globalization;
using System.Text;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Changes;

/// <summary>The opaque cursor of the change feed: base64 of <c>"change:&lt;sequence&gt;"</c>, the feed position of
/// the last change a consumer has applied. Its own prefix keeps a household-page cursor from being taken for a
/// feed position (and the reverse), which would silently skip or replay changes.</summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    /// <summary>The cursor positioned after the change with <paramref name="sequence"/>.</summary>
    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence inside <paramref name="cursor"/>.</summary>
    /// <exception cref="FieldErrorException">The cursor is not one that <see cref="Encode"/> made
    /// (code <see cref="KeysetCursor.InvalidCursorCode"/>).</exception>
    public static long Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var length)
            && Encoding.ASCII.GetString(bytes, 0, length) is { } text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }

        throw new FieldErrorException(
            $"Argument \"after\" has an invalid cursor \"{cursor}\": pass the endCursor or a change's cursor from an earlier page of householdChanges unchanged.",
            code: KeysetCursor.InvalidCursorCode);
    }
}
