using System.Globalization;
using System.Text.Json;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Writes an execution result as a GraphQL response (spec 7.1) straight to a
/// <see cref="Utf8JsonWriter"/>: <c>errors</c> first when there are any (as spec 7.1 suggests), then
/// <c>data</c>, then <c>extensions</c>.</summary>
public static class ResultWriter
{
    /// <summary>Writes the response object for <paramref name="result"/>; <paramref name="extensions"/>, when
    /// given, is written as the response's <c>extensions</c> entry.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result, Action<Utf8JsonWriter>? extensions = null)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (extensions is not null)
        {
            writer.WritePropertyName("extensions");
            extensions(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an array of errors (spec 7.1.2).</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations.Count > 0)
            {
                writer.WriteStartArray("locations");
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                writer.WriteStartArray("path");
                foreach (var key in path)
                {
                    if (key is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue((string)key);
                    }
                }

                writer.WriteEndArray();
            }

            if (error.Extensions is { Count: > 0 } extensions)
            {
                writer.WriteStartObject("extensions");
                foreach (var (name, value) in extensions)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a completed value: null, a serialized leaf, a <see cref="ResultMap"/> or a list.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.KeyAt(i));
                    WriteValue(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case object?[] list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>The response as a UTF-8 JSON string, for tests and tools.</summary>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
