using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>Checks JSON syntax and nesting depth in one forward pass, before any tree is built, so a deeply
/// nested payload costs one linear scan and produces an error that says how deep is too deep.</summary>
internal static class JsonDepthGuard
{
    /// <summary>Returns null when <paramref name="utf8Json"/> is valid JSON no deeper than
    /// <paramref name="maxDepth"/> levels, counting <paramref name="outerLevels"/> enclosing levels (1 for a query
    /// parameter, which stands where a property of the request object would).</summary>
    public static GraphQLRequestError? Check(ReadOnlySpan<byte> utf8Json, int maxDepth, int outerLevels, string where)
    {
        // The reader's own limit sits one level above ours, so the first too-deep token reaches the check
        // below (and gets our error) instead of the reader's exception.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth - outerLevels + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && outerLevels + reader.CurrentDepth + 1 > maxDepth)
                {
                    return TransportErrors.JsonTooDeep(where, maxDepth, reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException exception)
        {
            // System.Text.Json messages describe the input only (token, line, byte position), never the server.
            return TransportErrors.InvalidJson(where, exception.Message);
        }

        return null;
    }
}
