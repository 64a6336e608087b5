using System.Diagnostics.CodeAnalysis;
using IntegrationHub.GraphQL.AspNetCore.Documents;

namespace IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

/// <summary>Where the text of trusted documents is found by id: files loaded at start-up
/// (<see cref="TrustedDocumentStore"/>), or a host's own source that follows its configuration as it changes.</summary>
public interface ITrustedDocumentStore
{
    /// <summary>Finds the text of the document <paramref name="id"/>; the text hashes to <paramref name="id"/>.</summary>
    bool TryGet(DocumentId id, [NotNullWhen(true)] out string? text);
}
