using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>What to execute (spec 6.1, ExecuteRequest): a validated document against a schema, which operation,
/// the variable values as the client sent them, and the root value.</summary>
public sealed class ExecutionRequest
{
    /// <summary>The schema the document was validated against.</summary>
    public required Schema Schema { get; init; }

    /// <summary>The parsed, validated document.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; may be null when the document has one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>The operation's plan, when the caller made (and cached) it already; it must be a plan of
    /// <see cref="Document"/>. Made from <see cref="OperationName"/> when null.</summary>
    public OperationPlan? Plan { get; init; }

    /// <summary>Middleware around chosen fields' resolvers for this request (access decisions, masks); none when null.</summary>
    public FieldMiddlewareMap? Middleware { get; init; }

    /// <summary>The raw variable values (JSON-shaped: see <see cref="JsonValues.ToPlainValue"/>).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The value the root fields resolve against.</summary>
    public object? RootValue { get; init; }

    /// <summary>Services resolvers may ask for (the request's scope, in a web host).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Told of each completed field and each returned object, for auditing; null for none.</summary>
    public IExecutionObserver? Observer { get; init; }

    /// <summary>Signalled when the client goes away; resolvers see it and execution stops.</summary>
    public CancellationToken CancellationToken { get; init; }
}

/// <summary>The outcome (spec 7.1): data, errors, or both. A request error (bad variables, no such operation)
/// has errors and no data at all, which is not the same as data that is null.</summary>
public sealed class ExecutionResult
{
    /// <summary>Whether execution started, so the response has a <c>data</c> entry (possibly null).</summary>
    public required bool HasData { get; init; }

    /// <summary>The root result; null when execution started but a non-null root field failed, or none started.</summary>
    public ResultMap? Data { get; init; }

    /// <summary>The errors, in the order they were raised.</summary>
    public required IReadOnlyList<GraphQLError> Errors { get; init; }

    /// <summary>A result that is only errors: the request could not be executed.</summary>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new() { HasData = false, Errors = errors };
}

/// <summary>Watches execution for auditing: which fields produced values, which objects were returned.</summary>
public interface IExecutionObserver
{
    /// <summary>A field of <paramref name="parentType"/> completed at <paramref name="path"/>; <paramref name="hasValue"/>
    /// is false when it completed as null.</summary>
    void FieldCompleted(ObjectType parentType, FieldDefinition field, ResponsePath path, bool hasValue);

    /// <summary>An object of <paramref name="type"/> (the resolver's <paramref name="value"/>) is about to have its
    /// fields executed.</summary>
    void ObjectReturned(ObjectType type, object value);
}
