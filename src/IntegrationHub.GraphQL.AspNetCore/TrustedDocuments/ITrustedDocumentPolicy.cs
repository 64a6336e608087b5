namespace IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

/// <summary>Decides which documents a client may run. The hub implements it from the MOU annex of approved
/// operations; the default, <see cref="AnyDocumentPolicy"/>, allows every client any document.</summary>
public interface ITrustedDocumentPolicy
{
    /// <summary>The allowance of the client <paramref name="clientId"/> (null for a request without one).</summary>
    ValueTask<DocumentAllowance> GetAllowanceAsync(string? clientId, CancellationToken cancellationToken);
}
