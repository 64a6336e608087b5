using System.Net;
using System.Text.Json;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>The hub's answer to one scenario request: status, body, and the values each path reached.</summary>
public sealed class ScenarioResponse(HttpStatusCode status, string text)
{
    private readonly JsonElement _root = JsonDocument.Parse(text).RootElement.Clone();

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>The body as sent, to search for values that must not be there.</summary>
    public string Text { get; } = text;

    /// <summary>Whether the body has a <c>data</c> entry at all.</summary>
    public bool HasData => _root.TryGetProperty("data", out _);

    /// <summary>The errors, each with its <c>extensions</c>.</summary>
    public IReadOnlyList<JsonElement> Errors => _root.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The audit receipt's sequence (<c>extensions.audit.sequence</c>), or null when the response has none.</summary>
    public long? AuditSequence =>
        _root.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("audit", out var audit)
            ? audit.GetProperty("sequence").GetInt64()
            : null;

    /// <summary>The errors whose <c>extensions.code</c> is <paramref name="code"/>.</summary>
    public IEnumerable<JsonElement> ErrorsWithCode(string code) =>
        Errors.Where(error => Extension(error, "code") == code);

    /// <summary>The errors raised at the target of <paramref name="path"/>, in any list element along it.</summary>
    public IEnumerable<JsonElement> ErrorsAt(FieldPath path)
    {
        var names = path.Steps.Select(step => step.Field.Name).ToList();
        return Errors.Where(error => error.TryGetProperty("path", out var errorPath)
            && errorPath.EnumerateArray().Where(segment => segment.ValueKind == JsonValueKind.String).Select(segment => segment.GetString()).SequenceEqual(names));
    }

    /// <summary>The value of <paramref name="error"/>'s extension <paramref name="name"/> as a string, or null.</summary>
    public static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The target field's value in every object the path reached: lists along the way are flattened,
    /// nulls end a branch. One element per parent object, so a null target counts as one null value.</summary>
    public IReadOnlyList<JsonElement> ValuesOf(FieldPath path)
    {
        if (!_root.TryGetProperty("data", out var data))
        {
            return [];
        }

        IEnumerable<JsonElement> parents = [data];
        foreach (var step in path.Steps.Take(path.Steps.Count - 1))
        {
            parents = parents.SelectMany(parent => Objects(Child(parent, step.Field.Name)));
        }

        return [.. parents.Select(parent => Child(parent, path.Target.Field.Name)).OfType<JsonElement>()];
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : null;

    private static IEnumerable<JsonElement> Objects(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Object } single => [single],
        { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object),
        _ => [],
    };
}
