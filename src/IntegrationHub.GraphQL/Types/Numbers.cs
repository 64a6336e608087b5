using System.Globalization;
using System.Text.Json;

namespace IntegrationHub.GraphQL.Types;

/// <summary>Numbers as the built-in scalars see them: any CLR numeric type or JSON number, compared as IEEE
/// doubles the way graphql-js (and so most clients) compare them.</summary>
internal static class Numbers
{
    /// <summary>The value as a double when it is a number of any CLR numeric type or a JSON number.</summary>
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } json: number = json.GetDouble(); return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Whether <paramref name="number"/> is a whole number (JavaScript's Number.isInteger).</summary>
    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>Whether <paramref name="number"/> is a whole number in the 32-bit signed range of Int (spec 3.5.1).</summary>
    public static bool IsInt32(double number) => IsInteger(number) && number is >= int.MinValue and <= int.MaxValue;

    /// <summary>The number as JavaScript's String(number) writes it: integers without a fraction, exponents
    /// from 1e21 up and below 1e-6, "NaN" and "Infinity" spelled out.</summary>
    public static string ToJavaScriptString(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(number);
        if (magnitude != 0 && (magnitude >= 1e21 || magnitude < 1e-6))
        {
            // Shortest round-trip digits in JavaScript's exponent form: 1e+21, 1.5e-7.
            var parts = number.ToString("R", CultureInfo.InvariantCulture).Split('E');
            var mantissa = parts[0];
            var exponent = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            return $"{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent)}";
        }

        // In between JavaScript writes plain digits, where .NET's round-trip format may choose an exponent.
        if (IsInteger(number))
        {
            return number.ToString("F0", CultureInfo.InvariantCulture);
        }

        var roundTrip = number.ToString("R", CultureInfo.InvariantCulture);
        return roundTrip.Contains('E', StringComparison.Ordinal)
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : roundTrip;
    }
}
