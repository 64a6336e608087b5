using System.Globalization;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Date</c> scalar: a calendar day as an RFC 3339 <c>full-date</c> string (section 5.6,
/// <c>yyyy-MM-dd</c>), Gregorian, without time or zone; Thai Buddhist Era years are not accepted.</summary>
public sealed class DateScalar : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    private DateScalar()
        : base(
            "Date",
            "A calendar day (วันที่) as yyyy-MM-dd in the Gregorian calendar (2026, not the Buddhist Era 2569), without time or zone.",
            "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
    {
    }

    /// <summary>The one instance, shared by every schema that uses it.</summary>
    public static DateScalar Instance { get; } = new();

    /// <inheritdoc />
    public override object Serialize(object value) => value is DateOnly day
        ? day.ToString(Format, CultureInfo.InvariantCulture)
        : throw new CoercionException($"Date cannot represent a {value.GetType().Name}: only calendar days are dates.");

    /// <inheritdoc />
    public override object ParseValue(object value) => value is string text
        ? Parse(text)
        : throw new CoercionException("Date must be a string in the form yyyy-MM-dd.");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode text
            ? Parse(text.Value)
            : throw new CoercionException("Date must be a string in the form yyyy-MM-dd.");

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CoercionException($"\"{text}\" is not a date in the form yyyy-MM-dd.");
}
