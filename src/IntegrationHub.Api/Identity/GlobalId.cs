using System.Globalization;
using System.Text;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Identity;

/// <summary>The opaque, schema-wide object identifiers of the <c>Node</c> interface: base64 of
/// <c>"TypeName:key"</c>, for example <c>"Household:123"</c>. Opaque so that clients never build or parse them and
/// the hub may change its keys without breaking them; typed so that <c>node(id)</c> knows what to load.</summary>
public static class GlobalId
{
    /// <summary>The error code of an ID that is not one the hub issued.</summary>
    public const string InvalidIdCode = "INVALID_ID";

    /// <summary>The global id of the object of type <paramref name="typeName"/> with key <paramref name="key"/>.</summary>
    public static string Encode(string typeName, long key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The type name and key inside <paramref name="id"/>.</summary>
    /// <exception cref="FieldErrorException">The text is not base64 of <c>"TypeName:key"</c> with a positive key.</exception>
    public static (string TypeName, long Key) Decode(string id)
    {
        var text = TryDecodeBase64(id);
        var separator = text?.IndexOf(':') ?? -1;
        if (text is null || separator <= 0
            || !long.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            || key <= 0)
        {
            throw new FieldErrorException($"\"{id}\" is not an ID issued by this hub: use the id field of an object as given.", code: InvalidIdCode);
        }

        return (text[..separator], key);
    }

    /// <summary>The key inside <paramref name="id"/>, which must identify an object of type <paramref name="typeName"/>.</summary>
    /// <exception cref="FieldErrorException">The id is malformed or identifies another type.</exception>
    public static long DecodeKey(string id, string typeName)
    {
        var (actualType, key) = Decode(id);
        return actualType == typeName
            ? key
            : throw new FieldErrorException($"ID \"{id}\" identifies a {actualType}, not a {typeName}.", code: InvalidIdCode);
    }

    private static string? TryDecodeBase64(string text)
    {
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var length))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
