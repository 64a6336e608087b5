using System.Globalization;

namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>The errors the transport raises itself, each with its code and failure kind fixed here so that a
/// code always means the same status.</summary>
public static class TransportErrors
{
    /// <summary>The JSON could not be parsed; <paramref name="where"/> names the body or the query parameter.</summary>
    public static GraphQLRequestError InvalidJson(string where, string problem) =>
        new(RequestFailure.UnparsableJson, GraphQLErrorCodes.InvalidJson, $"The {where} is not valid JSON: {problem}");

    /// <summary>The JSON nests deeper than <paramref name="maxDepth"/>.</summary>
    public static GraphQLRequestError JsonTooDeep(string where, int maxDepth, long bytePosition) =>
        new(RequestFailure.UnparsableJson, GraphQLErrorCodes.JsonTooDeep,
            $"The {where} nests deeper than {maxDepth} levels (at byte {bytePosition.ToString(CultureInfo.InvariantCulture)}).");

    /// <summary>A request parameter has the wrong shape or type.</summary>
    public static GraphQLRequestError InvalidRequest(string message) =>
        new(RequestFailure.NotWellFormed, GraphQLErrorCodes.InvalidRequest, message);

    /// <summary>The body is a JSON array.</summary>
    public static GraphQLRequestError BatchingDisabled() =>
        new(RequestFailure.NotWellFormed, GraphQLErrorCodes.BatchingDisabled,
            "The request body is a JSON array (a batch of requests); batching is not enabled on this server. Send one request object per HTTP request.");

    /// <summary>The <c>documentId</c> is not a SHA-256 hex document identifier.</summary>
    public static GraphQLRequestError InvalidDocumentId(string documentId) =>
        new(RequestFailure.NotWellFormed, GraphQLErrorCodes.InvalidDocumentId,
            $"The documentId \"{ClientText.Shorten(documentId)}\" is not supported: send \"sha256:\" followed by the 64 lower-case hex digits of the SHA-256 of the document's UTF-8 text.");

    /// <summary>The request carries <c>extensions.persistedQuery</c> (Apollo APQ) without a document.</summary>
    public static GraphQLRequestError PersistedQueryNotSupported() =>
        new(RequestFailure.NotWellFormed, GraphQLErrorCodes.PersistedQueryNotSupported,
            "Automatic persisted queries (extensions.persistedQuery) are not supported: send the document as \"query\", or a trusted document's id as \"documentId\".");

    /// <summary>No trusted document has this id.</summary>
    public static GraphQLRequestError PersistedDocumentNotFound(string documentId) =>
        new(RequestFailure.PersistedDocumentNotFound, GraphQLErrorCodes.PersistedDocumentNotFound,
            $"No trusted document has the id \"{documentId}\".");

    /// <summary>The client sent document text, or a document id outside its allowance.</summary>
    public static GraphQLRequestError TrustedDocumentsOnly(string message) =>
        new(RequestFailure.Forbidden, GraphQLErrorCodes.TrustedDocumentsOnly, message);

    /// <summary>The request body exceeds <paramref name="maxBytes"/>.</summary>
    public static GraphQLRequestError RequestTooLarge(long maxBytes) =>
        new(RequestFailure.ContentTooLarge, GraphQLErrorCodes.RequestTooLarge,
            $"The request body is larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes.");

    /// <summary>The document text exceeds <paramref name="maxLength"/> characters.</summary>
    public static GraphQLRequestError DocumentTooLarge(int length, int maxLength) =>
        new(RequestFailure.ContentTooLarge, GraphQLErrorCodes.DocumentTooLarge,
            $"The document is {length.ToString(CultureInfo.InvariantCulture)} characters long; the limit is {maxLength.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>The Content-Type cannot be read.</summary>
    public static GraphQLRequestError UnsupportedMediaType(string message) =>
        new(RequestFailure.UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, message);

    /// <summary>The Accept header accepts no media type this server produces.</summary>
    public static GraphQLRequestError NotAcceptable() =>
        new(RequestFailure.NotAcceptable, GraphQLErrorCodes.NotAcceptable,
            "The Accept header accepts none of the media types this server produces: application/graphql-response+json, application/json (UTF-8).");

    /// <summary>The HTTP method is neither GET nor POST.</summary>
    public static GraphQLRequestError MethodNotAllowed(string method) =>
        new(RequestFailure.MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed,
            $"The HTTP method {ClientText.Shorten(method)} is not allowed: use POST, or GET for queries.");

    /// <summary>A mutation was requested over GET; raised by the executor, which knows the operation type.</summary>
    public static GraphQLRequestError MutationOverGet() =>
        new(RequestFailure.MutationOverGet, GraphQLErrorCodes.MutationOverGet,
            "Mutations cannot be executed over GET: use POST.");

    /// <summary>The server failed; the message says nothing about why (the log does).</summary>
    public static GraphQLRequestError InternalServerError(string requestId) =>
        new(RequestFailure.InternalError, GraphQLErrorCodes.InternalServerError,
            $"The server could not complete the request. Quote request id {requestId} when reporting it.");
}
