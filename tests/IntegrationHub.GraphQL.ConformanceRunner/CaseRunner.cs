using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.ConformanceRunner;

/// <summary>Answers one request line: builds the case's schema (cached by its text), then parses, validates and
/// executes the query with default resolution, stopping at the first stage that fails.</summary>
internal sealed class CaseRunner
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Dictionary<string, Schema?> _schemas = new(StringComparer.Ordinal);

    public async Task AnswerAsync(JsonElement request, Stream output)
    {
        var id = request.GetProperty("id").GetString()!;
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        try
        {
            await WriteResultAsync(request, writer);
        }
        catch (Exception exception)
        {
            // Start again: a partially written result is not valid JSON.
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("runnerError", exception.ToString());
        }

        writer.WriteEndObject();
    }

    private async Task WriteResultAsync(JsonElement request, Utf8JsonWriter writer)
    {
        var @case = request.GetProperty("case");
        var schema = SchemaOf(@case.GetProperty("schema").GetString()!);
        writer.WriteBoolean("schemaValid", schema is not null);
        if (schema is null)
        {
            WriteNulls(writer, "introspection", "syntaxError", "validationErrors", "execution");
            return;
        }

        writer.WritePropertyName("introspection");
        if (request.TryGetProperty("introspectionQuery", out var introspection) && introspection.ValueKind == JsonValueKind.String)
        {
            var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(introspection.GetString()!) });
            ResultWriter.WriteValue(writer, result.Data);
        }
        else
        {
            writer.WriteNullValue();
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(@case.GetProperty("query").GetString()!);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            writer.WritePropertyName("syntaxError");
            WriteError(writer, syntaxError.Message, [(syntaxError.Line, syntaxError.Column)]);
            WriteNulls(writer, "validationErrors", "execution");
            return;
        }

        writer.WriteNull("syntaxError");
        var validationErrors = DocumentValidator.Validate(schema, document);
        writer.WriteStartArray("validationErrors");
        foreach (var error in validationErrors)
        {
            WriteError(writer, error.Message, [.. error.Locations.Select(l => (l.Line, l.Column))]);
        }

        writer.WriteEndArray();
        if (validationErrors.Count > 0)
        {
            writer.WriteNull("execution");
            return;
        }

        var execution = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            RootValue = @case.TryGetProperty("rootValue", out var root) && root.ValueKind != JsonValueKind.Null ? root.Clone() : null,
            VariableValues = @case.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                ? (IReadOnlyDictionary<string, object?>)JsonValues.ToPlainValue(variables)!
                : null,
            OperationName = @case.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        });
        writer.WritePropertyName("execution");
        ResultWriter.Write(writer, execution);
    }

    private Schema? SchemaOf(string sdl)
    {
        if (!_schemas.TryGetValue(sdl, out var schema))
        {
            try
            {
                schema = SdlSchemaBuilder.Build(sdl);
            }
            catch (Exception exception) when (exception is GraphQLSyntaxException or SchemaException)
            {
                schema = null;
            }

            _schemas[sdl] = schema;
        }

        return schema;
    }

    private static void WriteError(Utf8JsonWriter writer, string message, IEnumerable<(int Line, int Column)> locations)
    {
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartArray("locations");
        foreach (var (line, column) in locations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", line);
            writer.WriteNumber("column", column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNulls(Utf8JsonWriter writer, params string[] names)
    {
        foreach (var name in names)
        {
            writer.WriteNull(name);
        }
    }
}
