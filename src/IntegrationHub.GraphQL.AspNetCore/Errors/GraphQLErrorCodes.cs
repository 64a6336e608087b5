namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>The stable <c>extensions.code</c> values of the endpoint's errors: the transport's own, the phase codes
/// it gives the engine's errors, and the request limits. Clients may branch on them; they never change meaning
/// once released.</summary>
public static class GraphQLErrorCodes
{
    /// <summary>The body is not valid JSON (or not valid UTF-8).</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The JSON nests deeper than the configured limit.</summary>
    public const string JsonTooDeep = "JSON_TOO_DEEP";

    /// <summary>The request parameters have the wrong shape or types.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The body is a JSON array (a batch); batching is not enabled.</summary>
    public const string BatchingDisabled = "BATCHING_DISABLED";

    /// <summary>The <c>documentId</c> is not a <c>sha256:</c> document identifier.</summary>
    public const string InvalidDocumentId = "INVALID_DOCUMENT_ID";

    /// <summary>The request uses Apollo automatic persisted queries, which this server does not support. The
    /// code is the one Apollo clients recognise, so they fall back to sending the document text.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>No trusted document has the requested <c>documentId</c>.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>The client may run only its trusted documents, and this request is not one of them.</summary>
    public const string TrustedDocumentsOnly = "TRUSTED_DOCUMENTS_ONLY";

    /// <summary>The request body is larger than the configured limit.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The document text is longer than the configured limit.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The Content-Type is missing, not <c>application/json</c>, or names a charset other than UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header accepts neither GraphQL response media type.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The HTTP method is neither GET nor POST.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A mutation was requested over GET.</summary>
    public const string MutationOverGet = "MUTATION_NOT_ALLOWED_OVER_GET";

    /// <summary>The server failed while handling the request.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The document does not follow the GraphQL grammar, or exceeds the parser's token or nesting limit.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document fails one of the specification's validation rules (GraphQL spec section 5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The operation to run cannot be determined: none named so, or several and no name given.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The variable values cannot be coerced to the operation's variable types.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A field failed with an error the engine raised itself (an argument or a value it could not
    /// coerce), and the resolver gave no code of its own.</summary>
    public const string FieldError = "FIELD_ERROR";

    /// <summary>The operation nests fields deeper than the configured limit.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The document uses more aliases than the configured limit.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation selects more root fields than the configured limit.</summary>
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";

    /// <summary>The operation's computed cost is over the configured limit.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>The document asks for <c>__schema</c> or <c>__type</c>, and introspection is off for this caller.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
