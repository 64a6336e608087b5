using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Produces a field's value (spec 6.4.2, ResolveFieldValue). Returning synchronously costs no
/// allocation; a resolver that awaits I/O returns an incomplete <see cref="ValueTask{TResult}"/>.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>What a resolver knows of the field it resolves.</summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The object type the field is selected on.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The field's nodes in the document (several when sibling selections merge).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The document's fragment definitions by name, to follow the named fragment spreads below
    /// <see cref="FieldNodes"/> (spec 6.3.2, CollectFields).</summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Where in the response the field's value goes.</summary>
    ResponsePath Path { get; }

    /// <summary>The coerced argument values (spec 6.4.1, CoerceArgumentValues): every argument given or with a
    /// default; absent ones are missing, not null.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Services for the request (its scope, in a web host); null when the caller gave none.</summary>
    IServiceProvider? Services { get; }

    /// <summary>Batches loads across the whole request (see <see cref="DataLoader{TKey, TValue}"/>).</summary>
    BatchScheduler Batches { get; }

    /// <summary>Signalled when the request is abandoned.</summary>
    CancellationToken CancellationToken { get; }
}
