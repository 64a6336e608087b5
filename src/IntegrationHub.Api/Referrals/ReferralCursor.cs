using System.Globalization;
using System.Text;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals;

/// <summary>The opaque cursor of a page of referrals: base64 of <c>"referral:&lt;key&gt;"</c>, the key of the last
/// referral on the page. Its own prefix keeps a cursor of another list from being taken for a referral position.</summary>
public static class ReferralCursor
{
    private const string Prefix = "referral:";

    /// <summary>The cursor positioned after the referral with key <paramref name="key"/>.</summary>
    public static string Encode(long key) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The key inside <paramref name="cursor"/>.</summary>
    /// <exception cref="FieldErrorException">The cursor is not one that <see cref="Encode"/> made
    /// (code <see cref="KeysetCursor.InvalidCursorCode"/>).</exception>
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
            $"Argument \"after\" has an invalid cursor \"{cursor}\": pass the endCursor or an edge cursor of an earlier page of referrals unchanged.",
            code: KeysetCursor.InvalidCursorCode);
    }
}
