using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Requests;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;
using Microsoft.Extensions.Options;

namespace IntegrationHub.GraphQL.AspNetCore.Documents;

/// <summary>Turns a request's <c>query</c> or <c>documentId</c> into the document to run, applying the client's
/// trusted-document allowance and the document length limit.</summary>
public sealed class DocumentResolver(
    ITrustedDocumentStore store, ITrustedDocumentPolicy policy, IOptions<GraphQLHttpOptions> options)
{
    /// <summary>Resolves the document of <paramref name="request"/> for the client <paramref name="clientId"/>.</summary>
    public async ValueTask<DocumentResolution> ResolveAsync(
        GraphQLHttpRequest request, string? clientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowance = await policy.GetAllowanceAsync(clientId, cancellationToken);
        return request.DocumentId is { } documentId
            ? ResolveTrusted(documentId, allowance, clientId)
            : ResolveText(request.Query!, allowance, clientId);
    }

    private DocumentResolution ResolveTrusted(string documentId, DocumentAllowance allowance, string? clientId)
    {
        if (!DocumentId.TryParse(documentId, out var id))
        {
            return DocumentResolution.Failure(TransportErrors.InvalidDocumentId(documentId));
        }

        // The allowance is checked before the store, so a client cannot probe which ids exist beyond its own.
        if (!allowance.Allows(id))
        {
            return DocumentResolution.Failure(TransportErrors.TrustedDocumentsOnly(
                $"{DescribeClient(clientId)} may not run the document {id}: it is not among the client's trusted documents."));
        }

        return store.TryGet(id, out var text)
            ? DocumentResolution.Success(new GraphQLDocumentSource(id, text, IsTrusted: true))
            : DocumentResolution.Failure(TransportErrors.PersistedDocumentNotFound(id.Value));
    }

    private DocumentResolution ResolveText(string query, DocumentAllowance allowance, string? clientId)
    {
        if (!allowance.AllowsDocumentText)
        {
            return DocumentResolution.Failure(TransportErrors.TrustedDocumentsOnly(
                $"{DescribeClient(clientId)} may run trusted documents only: send \"documentId\" instead of \"query\"."));
        }

        // Applies to client text only: trusted documents were reviewed when they were added.
        var maxLength = options.Value.MaxDocumentLength;
        if (query.Length > maxLength)
        {
            return DocumentResolution.Failure(TransportErrors.DocumentTooLarge(query.Length, maxLength));
        }

        return DocumentResolution.Success(new GraphQLDocumentSource(DocumentId.FromText(query), query, IsTrusted: false));
    }

    private static string DescribeClient(string? clientId) =>
        clientId is null ? "An anonymous client" : $"The client \"{ClientText.Shorten(clientId)}\"";
}
