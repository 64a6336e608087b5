using System.Diagnostics.CodeAnalysis;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;
using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>The trusted documents of the MOU annexes in the policy set in force: which documents a client may run,
/// and their text. Follows policy reloads, so a newly approved operation needs no restart.</summary>
/// <remarks>A client whose agency has an MOU in force with an annex runs only the annex's documents, by id
/// (GraphQL-over-HTTP trusted documents): the parties reviewed those operations when they signed, and nothing else
/// may be sent. With several MOUs in force, the annexes together bound what the client may run as soon as one of
/// them has an annex: a stricter MOU is never loosened by a looser one.</remarks>
public sealed class MouAnnexDocuments(PolicySetProvider policies, TimeProvider clock) : ITrustedDocumentPolicy, ITrustedDocumentStore
{
    /// <inheritdoc />
    public ValueTask<DocumentAllowance> GetAllowanceAsync(string? clientId, CancellationToken cancellationToken)
    {
        var access = clientId is null ? null : policies.Current.AccessFor(clientId, clock.GetUtcNow());
        var annex = access?.MousInForce.SelectMany(mou => mou.Annex).ToList() ?? [];
        return ValueTask.FromResult(annex.Count == 0
            ? DocumentAllowance.AnyDocument
            : DocumentAllowance.TrustedDocumentsOnly(annex.Select(operation => ParseId(operation.DocumentId))));
    }

    /// <inheritdoc />
    public bool TryGet(DocumentId id, [NotNullWhen(true)] out string? text)
    {
        text = policies.Current.Mous.SelectMany(mou => mou.Annex).FirstOrDefault(o => o.DocumentId == id.Value)?.Text;
        return text is not null;
    }

    private static DocumentId ParseId(string value) =>
        DocumentId.TryParse(value, out var id)
            ? id
            : throw new InvalidOperationException($"The policy set holds an annex document id that is not a sha256 id: \"{value}\".");
}
