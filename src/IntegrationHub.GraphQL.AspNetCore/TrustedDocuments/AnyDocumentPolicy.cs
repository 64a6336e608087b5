namespace IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

/// <summary>The policy used when the application registers none: every client may run any document.</summary>
public sealed class AnyDocumentPolicy : ITrustedDocumentPolicy
{
    /// <inheritdoc />
    public ValueTask<DocumentAllowance> GetAllowanceAsync(string? clientId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DocumentAllowance.AnyDocument);
}
