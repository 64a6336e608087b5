using System.Text.Json;
using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Tests.Execution;

/// <summary>Runs a document against an SDL schema with a JSON root value, the way the conformance cases do, and
/// returns the response as compact JSON.</summary>
internal static class ExecutionHarness
{
    public static async Task<string> RunAsync(
        string sdl,
        string query,
        string rootValue = "{}",
        string? variables = null,
        string? operationName = null,
        SchemaBindings? bindings = null)
    {
        var schema = SdlSchemaBuilder.Build(sdl, bindings);
        return await RunAsync(schema, query, JsonDocument.Parse(rootValue).RootElement, variables, operationName);
    }

    public static async Task<string> RunAsync(Schema schema, string query, object? rootValue, string? variables = null, string? operationName = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = rootValue,
            OperationName = operationName,
            VariableValues = variables is null
                ? null
                : (IReadOnlyDictionary<string, object?>)JsonValues.ToPlainValue(JsonDocument.Parse(variables).RootElement)!,
        });
        return ResultWriter.ToJson(result);
    }

    /// <summary>Compact JSON from a readable literal with single quotes, for expected values.</summary>
    public static string Json(string relaxed) =>
        JsonSerializer.Serialize(JsonDocument.Parse(relaxed.Replace('\'', '"')).RootElement, new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
}
