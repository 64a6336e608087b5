using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>Stands in for the engine: answers <c>{"data":{"echo":{...}}}</c> with what the transport passed on,
/// so tests see exactly what the executor would receive.</summary>
public static class EchoExecutor
{
    /// <summary>The executor.</summary>
    public static ValueTask<GraphQLExecutionResult> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GraphQLExecutionResult.Executed(hasErrors: false, (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartObject("echo");
            writer.WriteString("query", request.Document.Text);
            writer.WriteString("documentId", request.Document.Id.Value);
            writer.WriteBoolean("trusted", request.Document.IsTrusted);
            writer.WriteString("operationName", request.OperationName);
            writer.WritePropertyName("variables");
            WriteOrNull(writer, request.Variables);
            writer.WritePropertyName("extensions");
            WriteOrNull(writer, request.Extensions);
            writer.WriteBoolean("mutationsAllowed", request.MutationsAllowed);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            return ValueTask.CompletedTask;
        }));

    private static void WriteOrNull(Utf8JsonWriter writer, JsonElement? value)
    {
        if (value is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
