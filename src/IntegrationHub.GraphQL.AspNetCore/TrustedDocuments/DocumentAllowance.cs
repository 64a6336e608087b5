using IntegrationHub.GraphQL.AspNetCore.Documents;

namespace IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

/// <summary>Which documents one client may run: any document (text or trusted id), or only the listed trusted
/// documents, by id.</summary>
public sealed class DocumentAllowance
{
    private readonly HashSet<DocumentId>? _trustedIds;

    private DocumentAllowance(HashSet<DocumentId>? trustedIds) => _trustedIds = trustedIds;

    /// <summary>The client may send document text, or the id of any trusted document.</summary>
    public static DocumentAllowance AnyDocument { get; } = new(null);

    /// <summary>Whether the client may send document text.</summary>
    public bool AllowsDocumentText => _trustedIds is null;

    /// <summary>The client may run only the trusted documents with these ids (for the hub: the operations an MOU
    /// annex approves), and never document text.</summary>
    public static DocumentAllowance TrustedDocumentsOnly(IEnumerable<DocumentId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new DocumentAllowance([.. ids]);
    }

    /// <summary>Whether the client may run the trusted document <paramref name="id"/>.</summary>
    public bool Allows(DocumentId id) => _trustedIds?.Contains(id) ?? true;
}
