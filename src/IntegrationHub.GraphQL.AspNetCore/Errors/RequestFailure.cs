namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>Why a request was rejected before execution. Each value is one row of the draft's status code list
/// (GraphQL-over-HTTP, section "application/graphql-response+json"); <see cref="Http.GraphQLStatusCodes"/> maps
/// them to HTTP status codes in one place.</summary>
public enum RequestFailure
{
    /// <summary>The JSON body (or a JSON-encoded query parameter) could not be parsed, or nests too deeply.</summary>
    UnparsableJson,

    /// <summary>The JSON parsed, but is not a well-formed GraphQL-over-HTTP request (wrong shape or types).</summary>
    NotWellFormed,

    /// <summary>The GraphQL document could not be parsed (reported by the engine).</summary>
    DocumentSyntax,

    /// <summary>The document failed validation, including the server's own limits (depth, aliases, cost).</summary>
    DocumentValidation,

    /// <summary>The operation to execute cannot be unambiguously determined (GetOperation()).</summary>
    OperationNotDetermined,

    /// <summary>The variable values cannot be coerced (CoerceVariableValues()).</summary>
    VariableCoercion,

    /// <summary>A mutation was requested over GET.</summary>
    MutationOverGet,

    /// <summary>The HTTP method is neither GET nor POST.</summary>
    MethodNotAllowed,

    /// <summary>The request's Content-Type (or its charset) is not supported.</summary>
    UnsupportedMediaType,

    /// <summary>The Accept header accepts no media type this server produces.</summary>
    NotAcceptable,

    /// <summary>The request body or the document is larger than the configured limit.</summary>
    ContentTooLarge,

    /// <summary>The named persisted document is not known to the server.</summary>
    PersistedDocumentNotFound,

    /// <summary>The client is not permitted to issue this request (trusted documents only, no access under its MOUs).</summary>
    Forbidden,

    /// <summary>A service the request depends on is down (the audit store: no audit, no data).</summary>
    ServiceUnavailable,

    /// <summary>The server failed; nothing about the failure is shown outside Development.</summary>
    InternalError,
}
