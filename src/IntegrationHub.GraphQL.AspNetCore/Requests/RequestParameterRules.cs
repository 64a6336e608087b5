using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>The checks both encodings share: JSON-typed parameters, and the presence rules for
/// <c>query</c> and <c>documentId</c>.</summary>
internal static class RequestParameterRules
{
    /// <summary>Names the JSON kind of a value the way a client developer would, for error messages.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Completes a request from its parameters, or explains why they do not form one.</summary>
    /// <remarks>The persisted documents appendix makes <c>documentId</c> required when <c>query</c> is absent;
    /// sending both is refused rather than guessing which one the client meant.</remarks>
    public static RequestReadResult Complete(
        string? query, string? documentId, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is not null && documentId is not null)
        {
            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                "The request has both \"query\" and \"documentId\": send the document text or its id, not both."));
        }

        if (query is null && documentId is null)
        {
            if (extensions is { } map && map.TryGetProperty("persistedQuery", out _))
            {
                return RequestReadResult.Failure(TransportErrors.PersistedQueryNotSupported());
            }

            return RequestReadResult.Failure(TransportErrors.InvalidRequest(
                "The request has neither \"query\" (the document text) nor \"documentId\" (a trusted document's id)."));
        }

        return RequestReadResult.Success(new GraphQLHttpRequest(query, documentId, operationName, variables, extensions));
    }
}
