using System.Diagnostics.CodeAnalysis;
using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Documents;

/// <summary>Either the document a request will run, or why it may not run one.</summary>
public sealed class DocumentResolution
{
    private DocumentResolution(GraphQLDocumentSource? document, GraphQLRequestError? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The document, when resolution succeeded.</summary>
    public GraphQLDocumentSource? Document { get; }

    /// <summary>The error, when resolution failed.</summary>
    public GraphQLRequestError? Error { get; }

    /// <summary>Whether resolution succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    /// <summary>A resolved document.</summary>
    public static DocumentResolution Success(GraphQLDocumentSource document) => new(document, null);

    /// <summary>A refused request.</summary>
    public static DocumentResolution Failure(GraphQLRequestError error) => new(null, error);
}
