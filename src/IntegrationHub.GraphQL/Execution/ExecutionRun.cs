using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IntegrationHub.GraphQL.Introspection;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>One execution of one operation (spec 6.2 to 6.4). Runs on the request's <see cref="ExecutionPump"/>,
/// so its state needs no locks. Field errors become response errors at the nearest nullable position; a
/// <see cref="NonNullViolation"/> carries a null up from a non-null position (spec 6.4.4).</summary>
internal sealed class ExecutionRun
{
    private readonly ExecutionRequest _request;
    private readonly OperationDefinitionNode _operation;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly FieldCollector _collector;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<(ObjectType, List<FieldNode>), Dictionary<string, List<FieldNode>>> _subfields = new(SubfieldKeyComparer.Instance);

    public ExecutionRun(ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        _request = request;
        _operation = operation;
        _variables = variables;
        foreach (var fragment in request.Document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }

        _collector = new FieldCollector(request.Schema, _fragments, variables);
        Batches = new BatchScheduler(request.CancellationToken);
    }

    public BatchScheduler Batches { get; }

    private Schema Schema => _request.Schema;

    public async Task<ExecutionResult> ExecuteAsync(ObjectType rootType, object? rootValue)
    {
        var fields = _collector.Collect(rootType, [_operation.SelectionSet]);
        ResultMap? data;
        try
        {
            // Mutations run their root fields one after another (spec 6.2.2); everything else in parallel.
            data = _operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSeriallyAsync(rootType, rootValue, fields)
                : await ExecuteFields(rootType, rootValue, null, fields);
        }
        catch (NonNullViolation)
        {
            data = null;
        }

        return new ExecutionResult { HasData = true, Data = data, Errors = _errors };
    }

    /// <summary>CreateSourceEventStream (spec 6.2.3.1): the subscription's single root field asks its subscriber
    /// (or the root value's member of its name) for the stream of events. A failure is a request error.</summary>
    public async Task<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync(ObjectType subscriptionType)
    {
        var fields = _collector.Collect(subscriptionType, [_operation.SelectionSet]);
        var (key, nodes) = fields.First();
        var path = ResponsePath.Root(key);
        var field = IntrospectionFields.Find(Schema, subscriptionType, nodes[0].Name.Value);
        if (field is null)
        {
            return (null, new GraphQLError($"The subscription field \"{nodes[0].Name.Value}\" is not defined.", [nodes[0].Location.Start], path.ToList()));
        }

        try
        {
            var arguments = ArgumentCoercion.Coerce(field.Arguments, nodes[0].Arguments, _variables);
            var context = new ResolverContext(this, _request.RootValue, subscriptionType, field, nodes, path, arguments);
            var source = await (field.Subscriber ?? DefaultResolvers.Property)(context);
            return source is IAsyncEnumerable<object?> stream
                ? (stream, null)
                : (null, new GraphQLError(
                    $"Subscription field \"{field.Coordinate}\" must return an asynchronous stream of events, not {Inspect.Value(source)}.",
                    [nodes[0].Location.Start],
                    path.ToList()));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var fieldError = exception as FieldErrorException;
            var safeMessage = fieldError is not null || exception is CoercionException;
            return (null, new GraphQLError(
                exception.Message,
                [(fieldError?.Node ?? nodes[0]).Location.Start],
                path.ToList(),
                fieldError?.AllExtensions(),
                exception: safeMessage ? null : exception));
        }
    }

    /// <summary>ExecuteSelectionSet with normal (parallel) execution (spec 6.3): every field starts before any
    /// is awaited, so loads from all of them batch together.</summary>
    private ValueTask<ResultMap> ExecuteFields(ObjectType type, object? source, ResponsePath? path, Dictionary<string, List<FieldNode>> fields)
    {
        var map = new ResultMap(fields.Count);
        List<(int Slot, ValueTask<object?> Value)>? pending = null;
        foreach (var (key, nodes) in fields)
        {
            var field = IntrospectionFields.Find(Schema, type, nodes[0].Name.Value);
            if (field is null)
            {
                continue;
            }

            var slot = map.Add(key);
            var value = ExecuteField(type, source, field, nodes, path?.Field(key) ?? ResponsePath.Root(key));
            if (value.IsCompletedSuccessfully)
            {
                map.Set(slot, value.Result);
            }
            else
            {
                (pending ??= []).Add((slot, value));
            }
        }

        return pending is null ? new ValueTask<ResultMap>(map) : AwaitFields(map, pending);
    }

    private static async ValueTask<ResultMap> AwaitFields(ResultMap map, List<(int Slot, ValueTask<object?> Value)> pending)
    {
        // Every field is awaited, even after one fails, so that the errors of all of them are recorded; then the
        // first null that must propagate does.
        NonNullViolation? violation = null;
        foreach (var (slot, value) in pending)
        {
            try
            {
                map.Set(slot, await value);
            }
            catch (NonNullViolation caught)
            {
                violation ??= caught;
            }
        }

        return violation is null ? map : throw violation;
    }

    /// <summary>ExecuteSelectionSet with serial execution (spec 6.3, 6.2.2).</summary>
    private async ValueTask<ResultMap> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, Dictionary<string, List<FieldNode>> fields)
    {
        var map = new ResultMap(fields.Count);
        foreach (var (key, nodes) in fields)
        {
            var field = IntrospectionFields.Find(Schema, type, nodes[0].Name.Value);
            if (field is not null)
            {
                var slot = map.Add(key);
                map.Set(slot, await ExecuteField(type, source, field, nodes, ResponsePath.Root(key)));
            }
        }

        return map;
    }

    /// <summary>ExecuteField (spec 6.4): coerce arguments, resolve, complete.</summary>
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldDefinition field, List<FieldNode> nodes, ResponsePath path)
    {
        _request.CancellationToken.ThrowIfCancellationRequested();
        var info = new FieldInfo(parentType, field, nodes);
        ValueTask<object?> resolved;
        try
        {
            var arguments = ArgumentCoercion.Coerce(field.Arguments, nodes[0].Arguments, _variables);
            var context = new ResolverContext(this, source, parentType, field, nodes, path, arguments);
            resolved = _request.Middleware?.Find(field) is { } middleware
                ? middleware(context, field.Resolver)
                : field.Resolver(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ValueTask<object?>(HandleError(exception, field.Type, nodes, path));
        }

        return resolved.IsCompletedSuccessfully
            ? CompleteField(info, path, resolved.Result)
            : AwaitResolved(info, path, resolved);
    }

    private async ValueTask<object?> AwaitResolved(FieldInfo info, ResponsePath path, ValueTask<object?> resolved)
    {
        object? value;
        try
        {
            value = await resolved;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HandleError(exception, info.Field.Type, info.Nodes, path);
        }

        return await CompleteField(info, path, value);
    }

    private ValueTask<object?> CompleteField(FieldInfo info, ResponsePath path, object? value)
    {
        var completed = CompletePosition(info.Field.Type, info, path, value);
        if (_request.Observer is not { } observer)
        {
            return completed;
        }

        if (completed.IsCompletedSuccessfully)
        {
            observer.FieldCompleted(info.ParentType, info.Field, path, completed.Result is not null);
            return completed;
        }

        return ObserveAsync(observer, info, path, completed);
    }

    private static async ValueTask<object?> ObserveAsync(IExecutionObserver observer, FieldInfo info, ResponsePath path, ValueTask<object?> completed)
    {
        var value = await completed;
        observer.FieldCompleted(info.ParentType, info.Field, path, value is not null);
        return value;
    }

    /// <summary>CompleteValue at one position (a field or a list item), handling its errors there: recorded and
    /// null when the position is nullable, propagated when it is not (spec 6.4.4).</summary>
    private ValueTask<object?> CompletePosition(GraphQLType type, FieldInfo info, ResponsePath path, object? value)
    {
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(type, info, path, value);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ValueTask<object?>(HandleError(exception, type, info.Nodes, path));
        }

        return completed.IsCompletedSuccessfully ? completed : AwaitPosition(type, info, path, completed);
    }

    private async ValueTask<object?> AwaitPosition(GraphQLType type, FieldInfo info, ResponsePath path, ValueTask<object?> completed)
    {
        try
        {
            return await completed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HandleError(exception, type, info.Nodes, path);
        }
    }

    /// <summary>Handling Execution Errors (spec 6.4.4): record a new error; null the position if it is nullable,
    /// otherwise carry the null to the parent.</summary>
    private object? HandleError(Exception exception, GraphQLType type, List<FieldNode> nodes, ResponsePath path)
    {
        if (exception is FieldErrorsException several)
        {
            foreach (var error in several.Errors)
            {
                _errors.Add(new GraphQLError(error.Message, [(error.Node ?? nodes[0]).Location.Start], path.ToList(), error.AllExtensions()));
            }
        }
        else if (exception is not NonNullViolation)
        {
            var fieldError = exception as FieldErrorException;
            var node = fieldError?.Node ?? nodes[0];
            var safeMessage = fieldError is not null || exception is CoercionException;
            _errors.Add(new GraphQLError(
                exception.Message,
                [node.Location.Start],
                path.ToList(),
                fieldError?.AllExtensions(),
                exception: safeMessage ? null : exception));
        }

        return type is NonNullType ? throw new NonNullViolation() : null;
    }

    /// <summary>CompleteValue (spec 6.4.3).</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldInfo info, ResponsePath path, object? value)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, info, path, value);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(inner.Result ?? throw NullForNonNull(info))
                : RequireNonNull(inner, info);
        }

        value = JsonValues.Unwrap(value);
        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ListType list:
                return CompleteList(list, info, path, value);
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(value));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(value));
            case ObjectType objectType:
                return CompleteObject(objectType, info, path, value);
            case IAbstractType abstractType:
                return CompleteObject(ResolveAbstractType(abstractType, info, value), info, path, value);
            default:
                throw new FieldErrorException($"Cannot complete a value of type \"{type}\".");
        }
    }

    private static async ValueTask<object?> RequireNonNull(ValueTask<object?> inner, FieldInfo info) =>
        await inner ?? throw NullForNonNull(info);

    private static FieldErrorException NullForNonNull(FieldInfo info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.Field.Name}.");

    private ValueTask<object?> CompleteList(ListType list, FieldInfo info, ResponsePath path, object value)
    {
        var items = Items(value) ?? throw new FieldErrorException(
            $"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.Field.Name}\".");
        var results = new object?[items.Count];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = CompletePosition(list.OfType, info, path.Item(i), items[i]);
            if (item.IsCompletedSuccessfully)
            {
                results[i] = item.Result;
            }
            else
            {
                (pending ??= []).Add((i, item));
            }
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitItems(results, pending);
    }

    private static async ValueTask<object?> AwaitItems(object?[] results, List<(int Index, ValueTask<object?> Value)> pending)
    {
        NonNullViolation? violation = null;
        foreach (var (index, value) in pending)
        {
            try
            {
                results[index] = await value;
            }
            catch (NonNullViolation caught)
            {
                violation ??= caught;
            }
        }

        return violation is null ? results : throw violation;
    }

    /// <summary>A list value's items: any enumerable but a string or a map, or a JSON array.</summary>
    private static IReadOnlyList<object?>? Items(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } json => [.. json.EnumerateArray().Cast<object?>()],
        JsonElement => null,
        string or IDictionary or IReadOnlyDictionary<string, object?> => null,
        IReadOnlyList<object?> list => list,
        IEnumerable enumerable => [.. enumerable.Cast<object?>()],
        _ => null,
    };

    private ValueTask<object?> CompleteObject(ObjectType type, FieldInfo info, ResponsePath path, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new FieldErrorException($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}.");
        }

        _request.Observer?.ObjectReturned(type, value);
        var fields = CollectSubfields(type, info.Nodes);
        var map = ExecuteFields(type, value, path, fields);
        return map.IsCompletedSuccessfully ? new ValueTask<object?>(map.Result) : AsObject(map);
    }

    private static async ValueTask<object?> AsObject(ValueTask<ResultMap> map) => await map;

    /// <summary>CollectSubfields (spec 6.4.3), once per object type and field for the whole run: variables do not
    /// change during a run, so every object of a list shares the result (and the node lists it holds, which keeps
    /// the key of the next level stable too).</summary>
    private Dictionary<string, List<FieldNode>> CollectSubfields(ObjectType type, List<FieldNode> nodes)
    {
        if (!_subfields.TryGetValue((type, nodes), out var fields))
        {
            fields = _collector.Collect(type, nodes.Select(node => node.SelectionSet!));
            _subfields[(type, nodes)] = fields;
        }

        return fields;
    }

    /// <summary>ResolveAbstractType (spec 6.4.3): the object type of a value of an interface or union.</summary>
    private ObjectType ResolveAbstractType(IAbstractType abstractType, FieldInfo info, object value)
    {
        var named = (NamedType)abstractType;
        var typeName = abstractType.ResolveType(value)
            ?? Schema.GetPossibleTypes(named).FirstOrDefault(possible => possible.IsTypeOf?.Invoke(value) == true)?.Name;
        if (typeName is null)
        {
            throw new FieldErrorException(
                $"Abstract type \"{named.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.Field.Name}\". " +
                $"Either the \"{named.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        return Schema.GetType(typeName) switch
        {
            null => throw new FieldErrorException($"Abstract type \"{named.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."),
            ObjectType objectType when Schema.IsSubType(named, objectType) => objectType,
            ObjectType => throw new FieldErrorException($"Runtime Object type \"{typeName}\" is not a possible type for \"{named.Name}\"."),
            _ => throw new FieldErrorException($"Abstract type \"{named.Name}\" was resolved to a non-object type \"{typeName}\"."),
        };
    }

    /// <summary>Compares subfield keys by reference: the node list identifies the merged field selection.</summary>
    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType Type, List<FieldNode> Nodes)>
    {
        public static readonly SubfieldKeyComparer Instance = new();

        public bool Equals((ObjectType Type, List<FieldNode> Nodes) x, (ObjectType Type, List<FieldNode> Nodes) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Nodes, y.Nodes);

        public int GetHashCode((ObjectType Type, List<FieldNode> Nodes) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Type), RuntimeHelpers.GetHashCode(key.Nodes));
    }

    private readonly record struct FieldInfo(ObjectType ParentType, FieldDefinition Field, List<FieldNode> Nodes);

    /// <summary>A null that a non-null position could not hold, travelling to the nearest nullable parent. Its
    /// error is already recorded.</summary>
    private sealed class NonNullViolation : Exception;

    private sealed class ResolverContext(
        ExecutionRun run,
        object? parent,
        ObjectType parentType,
        FieldDefinition fieldDefinition,
        List<FieldNode> nodes,
        ResponsePath path,
        IReadOnlyDictionary<string, object?> arguments) : IResolverContext
    {
        public Schema Schema => run.Schema;

        public object? Parent => parent;

        public ObjectType ParentType => parentType;

        public FieldDefinition Field => fieldDefinition;

        public IReadOnlyList<FieldNode> FieldNodes => nodes;

        public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => run._fragments;

        public ResponsePath Path => path;

        public IReadOnlyDictionary<string, object?> Arguments => arguments;

        public IServiceProvider? Services => run._request.Services;

        public BatchScheduler Batches => run.Batches;

        public CancellationToken CancellationToken => run._request.CancellationToken;
    }
}
