using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>The one place that turns an outcome into a status code and Content-Type, following the
/// GraphQL-over-HTTP draft, sections "Body" and "application/graphql-response+json" (Status Codes).</summary>
/// <remarks>
/// Where the draft and the graphql-http audit disagree, this follows the draft (see the README, "Status codes"):
/// a request that is not well-formed gets 422, not 400; and a legacy client (accepting only
/// <c>application/json</c>) gets the same 4xx/5xx codes as everyone else, under
/// <c>application/graphql-response+json</c>, because the draft says the request is handled "as if the request had
/// specified Accept: application/graphql-response+json, except any response that produces a 2xx status code should
/// replace the Content-Type header with Content-Type: application/json".
/// </remarks>
public static class GraphQLStatusCodes
{
    /// <summary>The draft's recommended status for a partial success ("294 Partial Success").</summary>
    public const int PartialSuccess = 294;

    private const string GraphQLResponseContentType = GraphQLMediaTypes.GraphQLResponseJson + "; charset=utf-8";
    private const string JsonContentType = GraphQLMediaTypes.Json + "; charset=utf-8";

    /// <summary>Decides the status code and Content-Type for <paramref name="outcome"/> when the client accepts
    /// <paramref name="accepted"/> for successful responses.</summary>
    public static GraphQLResponseHead Decide(GraphQLOutcome outcome, ResponseMediaType accepted)
    {
        if (outcome.Executed)
        {
            // "If the GraphQL response contains both the data entry (even if it is null) and the errors entry, then
            // the server SHOULD reply with a 294 status code"; 294 is recommended "only ... alongside the
            // application/graphql-response+json media type", so legacy clients get 200.
            return accepted == ResponseMediaType.GraphQLResponseJson
                ? new(outcome.HasErrors ? PartialSuccess : 200, GraphQLResponseContentType)
                : new(200, JsonContentType);
        }

        var status = StatusFor(outcome.Failure);
        return new(status, GraphQLResponseContentType, AllowFor(outcome.Failure));
    }

    /// <summary>"If the GraphQL response does not contain the data entry then the server MUST reply with an
    /// appropriate 4xx or 5xx status code", one bullet of the draft per line.</summary>
    private static int StatusFor(RequestFailure failure) => failure switch
    {
        RequestFailure.UnparsableJson => 400, // "If the JSON body of the request could not be parsed"
        RequestFailure.NotWellFormed => 422, // "not a well-formed GraphQL-over-HTTP request"
        RequestFailure.DocumentSyntax => 400, // "the GraphQL document in the request cannot be parsed"
        RequestFailure.DocumentValidation => 422, // "does not pass GraphQL validation"
        RequestFailure.OperationNotDetermined => 422, // "cannot be unambiguously determined"
        RequestFailure.VariableCoercion => 422, // "variable values cannot be coerced"
        RequestFailure.MutationOverGet => 405, // "a mutation is attempted via the GET verb"
        RequestFailure.MethodNotAllowed => 405, // "uses an unsupported HTTP method"
        RequestFailure.UnsupportedMediaType => 415, // "the Content-Type of the request is not supported"
        RequestFailure.NotAcceptable => 406, // "none of the media types in the Accept header are supported"
        RequestFailure.ContentTooLarge => 413, // "the size of the POST request body was too large"
        RequestFailure.PersistedDocumentNotFound => 400, // persisted operations: "400 or 404"
        RequestFailure.Forbidden => 403, // "the client is not permitted to issue the GraphQL request"
        RequestFailure.ServiceUnavailable => 503, // a 5xx "when the server is the reason for failure"; 503: it may pass
        RequestFailure.InternalError => 500, // "the server is the reason for failure"
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Unknown request failure."),
    };

    /// <summary>RFC 9110 section 15.5.6: a 405 response MUST carry Allow with the methods the target supports;
    /// for a mutation over GET that is POST alone.</summary>
    private static string? AllowFor(RequestFailure failure) => failure switch
    {
        RequestFailure.MethodNotAllowed => "GET, POST",
        RequestFailure.MutationOverGet => "POST",
        _ => null,
    };
}
