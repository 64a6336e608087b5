using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Execution;

/// <summary>Gives every field error of an executed operation a stable <c>extensions.code</c>, and hides what an
/// unexpected exception says: its message can carry connection strings, SQL or personal data, so the client gets
/// a generic message with the request id, and the exception itself goes to the log.</summary>
internal static class FieldErrorCoder
{
    /// <summary>The error as the client may see it. An error that already has a code (from
    /// <see cref="GraphQL.Execution.FieldErrorException"/>) keeps it; the engine's own errors get
    /// <c>FIELD_ERROR</c>; an unexpected exception becomes <c>INTERNAL_SERVER_ERROR</c>, with the exception text
    /// as <c>extensions.exception</c> when <paramref name="developmentDetails"/> is set (Development only).</summary>
    public static GraphQLError ForClient(GraphQLError error, string requestId, bool developmentDetails)
    {
        if (error.Exception is { } exception)
        {
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.InternalServerError };
            if (developmentDetails)
            {
                extensions["exception"] = exception.ToString();
            }

            return new GraphQLError(TransportErrors.InternalServerError(requestId).Message, error.Locations, error.Path, extensions);
        }

        if (error.Extensions?.ContainsKey("code") == true)
        {
            return error;
        }

        var coded = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = GraphQLErrorCodes.FieldError };
        foreach (var (key, value) in error.Extensions ?? new Dictionary<string, object?>())
        {
            coded.TryAdd(key, value);
        }

        return new GraphQLError(error.Message, error.Locations, error.Path, coded);
    }
}
