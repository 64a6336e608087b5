namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>The stable <c>extensions.code</c> values of transport errors. Clients may branch on them; they
/// never change meaning once released.</summary>
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
}
