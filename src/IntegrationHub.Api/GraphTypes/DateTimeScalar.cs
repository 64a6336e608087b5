using System.Globalization;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>DateTime</c> scalar: an instant as an RFC 3339 <c>date-time</c> string (section 5.6). The hub
/// writes UTC with a <c>Z</c>; input must carry an offset, because an instant without one is ambiguous.</summary>
public sealed class DateTimeScalar : ScalarType
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private DateTimeScalar()
        : base(
            "DateTime",
            "An instant (วันเวลา) as an RFC 3339 date-time, for example 2026-02-09T03:15:00Z; the hub writes UTC, and input must carry an offset.",
            "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
    {
    }

    /// <summary>The one instance, shared by every schema that uses it.</summary>
    public static DateTimeScalar Instance { get; } = new();

    /// <inheritdoc />
    public override object Serialize(object value) => value is DateTime { Kind: DateTimeKind.Utc } instant
        ? instant.ToString(OutputFormat, CultureInfo.InvariantCulture)
        : throw new CoercionException($"DateTime cannot represent {value}: only UTC instants are written.");

    /// <inheritdoc />
    public override object ParseValue(object value) => value is string text
        ? Parse(text)
        : throw new CoercionException("DateTime must be a string such as 2026-02-09T03:15:00Z.");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode text
            ? Parse(text.Value)
            : throw new CoercionException("DateTime must be a string such as 2026-02-09T03:15:00Z.");

    private static DateTime Parse(string text) =>
        text.Length > 0 && (text[^1] is 'Z' or 'z' || text.Length > 6 && text[^6] is '+' or '-')
        && DateTimeOffset.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : throw new CoercionException($"\"{text}\" is not an RFC 3339 date-time with an offset, such as 2026-02-09T03:15:00Z.");
}
