using System.Globalization;
using System.Text.Json;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>The five scalars every schema has (spec 3.5.1 to 3.5.5), with the coercion rules the specification
/// gives, resolving its latitude the way graphql-js does so that clients see the same results from both.</summary>
public static class SpecifiedScalars
{
    /// <summary>Int: a signed 32-bit integer (spec 3.5.1).</summary>
    public static ScalarType Int { get; } = new IntScalar();

    /// <summary>Float: an IEEE 754 double, never NaN or infinite (spec 3.5.2).</summary>
    public static ScalarType Float { get; } = new FloatScalar();

    /// <summary>String: UTF-8 text (spec 3.5.3).</summary>
    public static ScalarType String { get; } = new StringScalar();

    /// <summary>Boolean: true or false (spec 3.5.4).</summary>
    public static ScalarType Boolean { get; } = new BooleanScalar();

    /// <summary>ID: an opaque identifier, serialized as a string (spec 3.5.5).</summary>
    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>All five, in the order introspection lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The specified scalar called <paramref name="name"/>, or null.</summary>
    public static ScalarType? Find(string name) => All.FirstOrDefault(scalar => scalar.Name == name);

    /// <summary>Output values may be JSON elements (data read from JSON documents); they coerce like the CLR
    /// value they hold.</summary>
    private static object Unwrap(object value) => value is JsonElement json
        ? json.ValueKind switch
        {
            JsonValueKind.String => json.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => json.GetDouble(),
            _ => json,
        }
        : value;

    /// <summary>JavaScript's Number(text) for the strings result coercion accepts: surrounding white space
    /// ignored, decimal or exponent notation; anything else is not a number.</summary>
    private static double ParseNumber(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;

    private sealed class IntScalar() : SpecifiedScalar(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object Serialize(object value)
        {
            value = Unwrap(value);
            double number;
            if (value is bool flag)
            {
                return flag ? 1 : 0;
            }

            if (value is string { Length: > 0 } text)
            {
                number = ParseNumber(text);
            }
            else if (!Numbers.TryGetDouble(value, out number))
            {
                number = double.NaN;
            }

            if (!Numbers.IsInteger(number))
            {
                throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
            }

            return Numbers.IsInt32(number)
                ? (int)number
                : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }

        public override object ParseValue(object value)
        {
            if (!Numbers.TryGetDouble(value, out var number) || !Numbers.IsInteger(number))
            {
                throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
            }

            return Numbers.IsInt32(number)
                ? (int)number
                : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            if (literal is not IntValueNode intValue)
            {
                throw new CoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
            }

            return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }
    }

    private sealed class FloatScalar() : SpecifiedScalar(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object Serialize(object value)
        {
            value = Unwrap(value);
            if (value is bool flag)
            {
                return flag ? 1d : 0d;
            }

            var number = value switch
            {
                string { Length: > 0 } text => ParseNumber(text),
                _ when Numbers.TryGetDouble(value, out var n) => n,
                _ => double.NaN,
            };
            return double.IsFinite(number)
                ? number
                : throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        }

        public override object ParseValue(object value) =>
            Numbers.TryGetDouble(value, out var number) && double.IsFinite(number)
                ? number
                : throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
        {
            IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new CoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
    }

    private sealed class StringScalar() : SpecifiedScalar(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object Serialize(object value)
        {
            var unwrapped = Unwrap(value);
            return unwrapped switch
            {
                string text => text,
                bool flag => flag ? "true" : "false",
                _ when Numbers.TryGetDouble(unwrapped, out var number) && double.IsFinite(number) => Numbers.ToJavaScriptString(number),
                _ => throw new CoercionException($"String cannot represent value: {Inspect.Value(value)}"),
            };
        }

        public override object ParseValue(object value) =>
            value is string text ? text : throw new CoercionException($"String cannot represent a non string value: {Inspect.Value(value)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is StringValueNode text
                ? text.Value
                : throw new CoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
    }

    private sealed class BooleanScalar() : SpecifiedScalar("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        public override object Serialize(object value)
        {
            value = Unwrap(value);
            if (value is bool flag)
            {
                return flag;
            }

            return Numbers.TryGetDouble(value, out var number) && double.IsFinite(number)
                ? number != 0
                : throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
        }

        public override object ParseValue(object value) =>
            value is bool flag ? flag : throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is BooleanValueNode flag
                ? flag.Value
                : throw new CoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }

    private sealed class IdScalar() : SpecifiedScalar(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object Serialize(object value)
        {
            var unwrapped = Unwrap(value);
            return unwrapped switch
            {
                string text => text,
                Guid guid => guid.ToString(),
                _ when Numbers.TryGetDouble(unwrapped, out var number) && Numbers.IsInteger(number) => Numbers.ToJavaScriptString(number),
                _ => throw new CoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
            };
        }

        public override object ParseValue(object value) => value switch
        {
            string text => text,
            _ when Numbers.TryGetDouble(value, out var number) && Numbers.IsInteger(number) => Numbers.ToJavaScriptString(number),
            _ => throw new CoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
        };

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
        {
            StringValueNode text => text.Value,
            IntValueNode integer => integer.Value,
            _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
        };
    }
}

/// <summary>The base of the five specified scalars; no other scalar derives from it.</summary>
public abstract class SpecifiedScalar : ScalarType
{
    private protected SpecifiedScalar(string name, string description)
        : base(name, description)
    {
    }
}
