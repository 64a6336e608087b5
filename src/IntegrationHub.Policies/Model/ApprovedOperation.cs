namespace IntegrationHub.Policies;

/// <summary>An operation in an MOU's annex: a GraphQL document the parties reviewed, kept in the policy folder and
/// identified by its SHA-256, as trusted (persisted) documents are.</summary>
/// <param name="Name">The operation's name as the annex lists it.</param>
/// <param name="DocumentPath">The document's path relative to the policy folder, with <c>/</c> separators.</param>
/// <param name="DocumentId">The document's identifier: <c>sha256:</c> and the lowercase hex SHA-256 of its UTF-8 bytes.</param>
/// <param name="Text">The document's text as loaded with the set, so the set in force is what runs.</param>
public sealed record ApprovedOperation(string Name, string DocumentPath, string DocumentId, string Text);
