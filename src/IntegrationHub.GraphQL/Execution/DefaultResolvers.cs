using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Default field resolution: a field reads the member of the same name from its parent value, whether
/// the parent is a dictionary, a JSON object or a CLR object.</summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    /// <summary>Resolves a field to the parent's member of the field's name (<see cref="ReadMember"/>).</summary>
    public static FieldResolver Property { get; } = context =>
        new ValueTask<object?>(context.Parent is null ? null : ReadMember(context.Parent, context.Field.Name));

    /// <summary>The member called <paramref name="name"/> of <paramref name="parent"/>: a dictionary entry, a
    /// JSON object property (see <see cref="JsonValues.Unwrap"/>), or a public instance property of a CLR object (exact name first, then ignoring
    /// case, so <c>firstName</c> reads <c>FirstName</c>); null when there is none.</summary>
    public static object? ReadMember(object parent, string name)
    {
        switch (parent)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(name);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement json:
                return json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var property) ? JsonValues.Unwrap(property) : null;
            default:
                var getter = Getters.GetOrAdd((parent.GetType(), name), key => FindGetter(key.Type, key.Name));
                return getter?.Invoke(parent);
        }
    }

    private static Func<object, object?>? FindGetter(Type type, string name)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, Public)
            ?? type.GetProperty(name, Public | BindingFlags.IgnoreCase);
        return property is { CanRead: true } && property.GetIndexParameters().Length == 0
            ? property.GetValue
            : null;
    }
}
