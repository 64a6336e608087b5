using System.Text.Json;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Values that come from JSON (variables, or data a resolver read from a JSON document) in the shapes
/// the engine works with.</summary>
public static class JsonValues
{
    /// <summary>A JSON element as a plain value tree: null, <see cref="bool"/>, <see cref="string"/>, numbers as
    /// <see cref="long"/> when integral and in range (else <see cref="double"/>), lists and dictionaries (keys in
    /// document order). This is the form input coercion expects for variables.</summary>
    public static object? ToPlainValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlainValue).ToList(),
        _ => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (result, property) =>
            {
                result[property.Name] = ToPlainValue(property.Value);
                return result;
            }),
    };

    /// <summary>A resolver's value with JSON strings, booleans and null turned into their CLR values; numbers,
    /// arrays and objects stay JSON elements, which the scalars and value completion read directly.</summary>
    public static object? Unwrap(object? value) => value is JsonElement element
        ? element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element,
        }
        : value;
}
