using System.Text;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>Reads a GET request's parameters from the query component (draft, section "GET"; Appendix A, "GET"):
/// strings as they are, <c>variables</c> and <c>extensions</c> as JSON-encoded objects; the empty string is the
/// same as absent.</summary>
internal static class QueryStringParser
{
    /// <summary>Reads the parameters; <paramref name="maxJsonDepth"/> counts the request object as the first level,
    /// as it does for POST, so both methods accept the same variables.</summary>
    public static RequestReadResult Parse(IQueryCollection queryString, int maxJsonDepth)
    {
        if (ReadString(queryString, "query", out var query) is { } queryError) return queryError;
        if (ReadString(queryString, "documentId", out var documentId) is { } idError) return idError;
        if (ReadString(queryString, "operationName", out var operationName) is { } nameError) return nameError;
        if (ReadJsonObject(queryString, "variables", maxJsonDepth, out var variables) is { } variablesError) return variablesError;
        if (ReadJsonObject(queryString, "extensions", maxJsonDepth, out var extensions) is { } extensionsError) return extensionsError;

        return RequestParameterRules.Complete(query, documentId, operationName, variables, extensions);
    }

    private static RequestReadResult? ReadString(IQueryCollection queryString, string name, out string? value)
    {
        value = null;
        var values = queryString[name];
        if (values.Count > 1)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                $"The \"{name}\" query parameter appears {values.Count} times; send it once."));
        }

        value = string.IsNullOrEmpty(values.ToString()) ? null : values.ToString();
        return null;
    }

    private static RequestReadResult? ReadJsonObject(IQueryCollection queryString, string name, int maxJsonDepth, out JsonElement? value)
    {
        value = null;
        if (ReadString(queryString, name, out var text) is { } error)
        {
            return error;
        }

        if (text is null)
        {
            return null;
        }

        var where = $"\"{name}\" query parameter";
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (JsonDepthGuard.Check(utf8, maxJsonDepth, outerLevels: 1, where) is { } syntaxError)
        {
            return RequestReadResult.Failure(syntaxError);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxJsonDepth });
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                $"The {where} must be a JSON-encoded object; it is {RequestParameterRules.Describe(root.ValueKind)}."));
        }

        value = root.Clone();
        return null;
    }
}
