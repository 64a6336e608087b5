using System.Globalization;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Long</c> scalar: a signed 64-bit whole number, written as a JSON number. <c>Int</c> is 32-bit
/// (spec 3.5.1, which tells services to use a custom scalar for larger whole numbers), and the audit trail's
/// sequence outgrows it: at 1,000 requests a second, 2^31 events take 25 days.</summary>
/// <remarks>Input takes whole numbers only: never a string (as <c>Int</c> does not) and never a fraction. A JSON
/// number with a fraction or exponent arrives as a double, which is exact only up to 2^53, so a double is taken only
/// when it is whole and within ±2^53.</remarks>
public sealed class LongScalar : ScalarType
{
    private const double LargestExactDouble = 9_007_199_254_740_992; // 2^53

    private LongScalar()
        : base(
            "Long",
            "A whole number from -(2^63) to 2^63 - 1 (จำนวนเต็ม 64 บิต), written as a JSON number. JavaScript's Number holds it exactly up to 2^53.")
    {
    }

    /// <summary>The one instance, shared by every schema that uses it.</summary>
    public static LongScalar Instance { get; } = new();

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        long number => number,
        int number => (long)number,
        _ => throw new CoercionException($"Long cannot represent a {value.GetType().Name}: only whole numbers are."),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        long number => number,
        int number => (long)number,
        double number when Math.Floor(number) == number && Math.Abs(number) <= LargestExactDouble => (long)number,
        _ => throw new CoercionException($"Long must be a whole number from -(2^63) to 2^63 - 1, not {Describe(value)}."),
    };

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is IntValueNode whole
            ? long.TryParse(whole.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new CoercionException($"Long cannot represent {whole.Value}: it is outside -(2^63) to 2^63 - 1.")
            : throw new CoercionException($"Long must be a whole number from -(2^63) to 2^63 - 1, not {Printer.Print(literal)}.");

    private static string Describe(object value) => value is string text ? $"the string \"{text}\"" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name;
}
