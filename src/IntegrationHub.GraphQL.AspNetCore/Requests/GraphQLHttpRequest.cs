using System.Text.Json;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>The parameters of a GraphQL-over-HTTP request (draft, section "Request Parameters") or of a persisted
/// document request (Appendix A), as read from the HTTP request. Exactly one of <see cref="Query"/> and
/// <see cref="DocumentId"/> is set.</summary>
/// <param name="Query">The document source text, when the client sent it.</param>
/// <param name="DocumentId">The document identifier, as sent (not yet checked), when the client sent one.</param>
/// <param name="OperationName">The operation to run, or null.</param>
/// <param name="Variables">The variables object, or null when absent.</param>
/// <param name="Extensions">The extensions object, or null when absent.</param>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions);
