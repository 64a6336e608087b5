using System.Text.Json;
using System.Text.Unicode;
using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>Reads the JSON encoding of a request (draft, section "JSON Encoding"; Appendix A for
/// <c>documentId</c>) from a complete UTF-8 body.</summary>
internal static class JsonBodyParser
{
    private const string Where = "request body";

    /// <summary>Parses <paramref name="body"/>; every parameter must have its draft type or be null (which
    /// "is equivalent to not specifying" it); properties the draft does not define are ignored, as it requires.</summary>
    public static RequestReadResult Parse(ReadOnlyMemory<byte> body, int maxJsonDepth)
    {
        if (body.IsEmpty)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidJson(Where, "the body is empty."));
        }

        // Checked up front because System.Text.Json only notices invalid UTF-8 inside a string when the string
        // is read, which would turn a client error into an exception later on.
        if (!Utf8.IsValid(body.Span))
        {
            return RequestReadResult.Failure(TransportErrors.InvalidJson(Where, "the body is not valid UTF-8."));
        }

        if (JsonDepthGuard.Check(body.Span, maxJsonDepth, outerLevels: 0, Where) is { } syntaxError)
        {
            return RequestReadResult.Failure(syntaxError);
        }

        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxJsonDepth });
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            return RequestReadResult.Failure(TransportErrors.BatchingDisabled());
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                $"The request body must be a JSON object; it is {RequestParameterRules.Describe(root.ValueKind)}."));
        }

        return ReadParameters(root);
    }

    private static RequestReadResult ReadParameters(JsonElement root)
    {
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!IsParameterName(property.Name))
            {
                continue;
            }

            // JSON leaves duplicate names undefined (RFC 8259 section 4) and parsers disagree on which one wins;
            // a proxy and this server must never see different requests, so duplicates are refused.
            if (!parameters.TryAdd(property.Name, property.Value))
            {
                return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                    $"The request body has the \"{property.Name}\" parameter more than once."));
            }
        }

        if (ReadString(parameters, "query", out var query) is { } queryError) return queryError;
        if (ReadString(parameters, "documentId", out var documentId) is { } idError) return idError;
        if (ReadString(parameters, "operationName", out var operationName) is { } nameError) return nameError;
        if (ReadObject(parameters, "variables", out var variables) is { } variablesError) return variablesError;
        if (ReadObject(parameters, "extensions", out var extensions) is { } extensionsError) return extensionsError;

        return RequestParameterRules.Complete(query, documentId, operationName, variables, extensions);
    }

    private static bool IsParameterName(string name) =>
        name is "query" or "documentId" or "operationName" or "variables" or "extensions";

    private static RequestReadResult? ReadString(Dictionary<string, JsonElement> parameters, string name, out string? value)
    {
        value = null;
        if (!parameters.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                $"The \"{name}\" parameter must be a string; it is {RequestParameterRules.Describe(element.ValueKind)}."));
        }

        value = element.GetString();
        return null;
    }

    private static RequestReadResult? ReadObject(Dictionary<string, JsonElement> parameters, string name, out JsonElement? value)
    {
        value = null;
        if (!parameters.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                $"The \"{name}\" parameter must be an object (map); it is {RequestParameterRules.Describe(element.ValueKind)}."));
        }

        // A clone outlives the pooled document, which is returned when parsing ends.
        value = element.Clone();
        return null;
    }
}
