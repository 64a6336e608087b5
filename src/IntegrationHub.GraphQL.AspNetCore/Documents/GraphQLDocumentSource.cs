namespace IntegrationHub.GraphQL.AspNetCore.Documents;

/// <summary>The document a request will run: its text, its id (the cache key), and whether it came from the
/// trusted document store rather than from the client.</summary>
/// <param name="Id">The SHA-256 document identifier of <paramref name="Text"/>.</param>
/// <param name="Text">The GraphQL source text.</param>
/// <param name="IsTrusted">True when the text was loaded from the trusted document store.</param>
public sealed record GraphQLDocumentSource(DocumentId Id, string Text, bool IsTrusted);
