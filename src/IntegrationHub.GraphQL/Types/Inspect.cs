using System.Globalization;
using System.Text.Json;

namespace IntegrationHub.GraphQL.Types;

/// <summary>Shows a runtime value in an error message the way a client would write it: strings quoted,
/// numbers as JavaScript prints them, lists and objects in brief.</summary>
internal static class Inspect
{
    public static string Value(object? value) => value switch
    {
        null => "null",
        string text => Language.Printer.Quote(text),
        bool flag => flag ? "true" : "false",
        JsonElement json => json.ValueKind == JsonValueKind.String ? Language.Printer.Quote(json.GetString()!) : json.GetRawText(),
        _ when Numbers.TryGetDouble(value, out var number) => Numbers.ToJavaScriptString(number),
        System.Collections.IDictionary or IReadOnlyDictionary<string, object?> => "{ ... }",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
