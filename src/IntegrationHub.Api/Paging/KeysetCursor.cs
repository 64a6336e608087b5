using System.Buffers.Text;
using System.Text.Json;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Paging;

/// <summary>The position after a row in a keyset-paged list: the ordering it was issued for, the row's sort key
/// values in that ordering, and its primary key, which breaks ties so that every row has exactly one place. The
/// next page is the rows that sort after that position, found by an index seek however deep the client pages,
/// which OFFSET paging is not (it reads and throws away every skipped row) and which stays free of gaps and
/// duplicates when rows are added or removed before the position between two requests.</summary>
/// <param name="Ordering">The ordering's signature, for example <c>"UPDATED_AT DESC"</c>.</param>
/// <param name="Keys">The row's sort key values in the ordering's invariant text form.</param>
/// <param name="Id">The row's primary key.</param>
public sealed record KeysetCursor(string Ordering, IReadOnlyList<string> Keys, long Id)
{
    /// <summary>The error code of a cursor the hub did not issue.</summary>
    public const string InvalidCursorCode = "INVALID_CURSOR";

    /// <summary>The error code of a cursor issued for another ordering than the request's.</summary>
    public const string CursorOrderMismatchCode = "CURSOR_ORDER_MISMATCH";

    /// <summary>Longer text is not a cursor the hub issued; refused before decoding.</summary>
    private const int MaximumLength = 2048;

    /// <summary>The opaque text given to clients: base64url (RFC 4648 section 5) of a small JSON object.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Ordering, [.. Keys], Id)));

    /// <summary>Reads <paramref name="cursor"/> and checks that it was issued for <paramref name="ordering"/>,
    /// which has <paramref name="keyCount"/> sort keys besides the primary key.</summary>
    /// <exception cref="FieldErrorException">The text is not a cursor the hub issued
    /// (<see cref="InvalidCursorCode"/>), or was issued for another ordering (<see cref="CursorOrderMismatchCode"/>).</exception>
    public static KeysetCursor Decode(string cursor, string ordering, int keyCount)
    {
        var wire = cursor.Length <= MaximumLength ? TryRead(cursor) : null;
        if (wire is not { Ordering: not null, Keys: not null } || wire.Id <= 0 || wire.Keys.Any(k => k is null))
        {
            throw new FieldErrorException(
                $"Argument \"after\" has an invalid cursor \"{Shorten(cursor)}\": pass the endCursor or an edge cursor of an earlier page unchanged.",
                code: InvalidCursorCode);
        }

        if (wire.Ordering != ordering || wire.Keys.Length != keyCount)
        {
            throw new FieldErrorException(
                $"Argument \"after\" has a cursor issued for another list or ordering (\"{Shorten(wire.Ordering)}\") than this request's (\"{ordering}\"): a cursor continues only the list and the orderBy it came from, so start again without after, or keep the orderBy unchanged.",
                code: CursorOrderMismatchCode);
        }

        return new KeysetCursor(wire.Ordering, [.. wire.Keys.OfType<string>()], wire.Id);
    }

    private static Wire? TryRead(string cursor)
    {
        try
        {
            return JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Echoes at most a little of a bad value back, so that a huge argument does not make a huge error.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>The JSON form; short property names keep cursors short.</summary>
    private sealed record Wire(
        [property: System.Text.Json.Serialization.JsonPropertyName("o")] string? Ordering,
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] string?[]? Keys,
        [property: System.Text.Json.Serialization.JsonPropertyName("i")] long Id);
}
