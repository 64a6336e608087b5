using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace IntegrationHub.Api.Referrals;

/// <summary>The fingerprint of a mutation request that an idempotency key is bound to: SHA-256 of the mutation's
/// name and its input in a canonical JSON form, so that a retry matches however the client ordered the input's
/// fields or whether it wrote an absent field as null.</summary>
public static class RequestHash
{
    /// <summary>The fingerprint, as 64 lower-case hex digits.</summary>
    public static string Of(string operation, IReadOnlyDictionary<string, object?> input)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("operation", operation);
            writer.WritePropertyName("input");
            WriteCanonical(writer, input);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteCanonical(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case IReadOnlyDictionary<string, object?> fields:
                writer.WriteStartObject();
                // Ordinal order, and no null members: {a, b: null} and {b: null, a} and {a} are one request.
                foreach (var (name, field) in fields.Where(f => f.Value is not null).OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteCanonical(writer, field);
                }

                writer.WriteEndObject();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or double:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case Enum member:
                writer.WriteStringValue(member.ToString());
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime instant:
                writer.WriteStringValue(instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No canonical form for a {value.GetType().Name} in a mutation input.");
        }
    }
}
