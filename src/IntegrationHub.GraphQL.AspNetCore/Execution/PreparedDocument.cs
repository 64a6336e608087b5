using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.AspNetCore.Execution;

/// <summary>A document after parsing and validation, as the document cache keeps it: either the syntax tree of a
/// valid document with the plans of its operations, or the errors that refuse it. Shared by concurrent requests,
/// so it never changes except to add a plan.</summary>
internal sealed class PreparedDocument
{
    private readonly Schema? _schema;

    // One plan per operation, made the first time a request runs it: a document of many operations is not
    // planned beyond what clients actually ask for.
    private readonly ConcurrentDictionary<OperationDefinitionNode, OperationPlan> _plans = new();

    private PreparedDocument(Schema? schema, DocumentNode? document, IReadOnlyList<GraphQLRequestError> errors)
    {
        _schema = schema;
        Document = document;
        Errors = errors;
    }

    /// <summary>The valid document; null when it was refused.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Why the document was refused (one syntax error, or the validation errors); empty when valid.</summary>
    public IReadOnlyList<GraphQLRequestError> Errors { get; }

    /// <summary>Whether the document may be executed.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool IsValid => Document is not null;

    public static PreparedDocument Valid(Schema schema, DocumentNode document) => new(schema, document, []);

    public static PreparedDocument Refused(IReadOnlyList<GraphQLRequestError> errors) => new(null, null, errors);

    /// <summary>The plan of <paramref name="operation"/>, one of this valid document's operations. Validation has
    /// made sure the operation's root type exists and its name is unique, so planning cannot fail.</summary>
    public OperationPlan PlanOf(OperationDefinitionNode operation)
    {
        if (!IsValid)
        {
            throw new InvalidOperationException("A refused document has no plans.");
        }

        return _plans.GetOrAdd(operation, static (chosen, prepared) =>
            OperationPlan.Create(prepared._schema!, prepared.Document!, chosen.Name?.Value), this);
    }
}
