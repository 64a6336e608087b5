using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.GraphQL.AspNetCore.Execution;

/// <summary>Lets the host take part in every request the engine executes: refuse it once the operation is known,
/// wrap chosen fields and watch execution, then act on the result before a byte of it is written (record it,
/// add response extensions, or refuse to send it). Registered as a service; at most one.</summary>
public interface IGraphQLExecutionInterceptor
{
    /// <summary>Called after the document is validated and planned and the operation's cost accepted, before
    /// anything executes.</summary>
    ValueTask<ExecutionInterception> BeginAsync(GraphQLExecutionRequest request, OperationPlan plan, CancellationToken cancellationToken);
}

/// <summary>What an interceptor decided before execution.</summary>
public sealed class ExecutionInterception
{
    private ExecutionInterception(
        IReadOnlyList<GraphQLRequestError>? refusal,
        FieldMiddlewareMap? middleware,
        IExecutionObserver? observer,
        Func<ExecutionResult, CancellationToken, ValueTask<ExecutionCompletion>>? complete)
    {
        Refusal = refusal;
        Middleware = middleware;
        Observer = observer;
        Complete = complete;
    }

    /// <summary>The errors the request is refused with, instead of executing; null to proceed.</summary>
    public IReadOnlyList<GraphQLRequestError>? Refusal { get; }

    /// <summary>Middleware around chosen fields for this request.</summary>
    public FieldMiddlewareMap? Middleware { get; }

    /// <summary>Watches the execution.</summary>
    public IExecutionObserver? Observer { get; }

    /// <summary>Called with the result before anything of it is written.</summary>
    public Func<ExecutionResult, CancellationToken, ValueTask<ExecutionCompletion>>? Complete { get; }

    /// <summary>Execute, with these additions.</summary>
    public static ExecutionInterception Proceed(
        FieldMiddlewareMap? middleware = null,
        IExecutionObserver? observer = null,
        Func<ExecutionResult, CancellationToken, ValueTask<ExecutionCompletion>>? complete = null) =>
        new(null, middleware, observer, complete);

    /// <summary>Do not execute; answer with <paramref name="errors"/>.</summary>
    public static ExecutionInterception Refuse(params GraphQLRequestError[] errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Length);
        return new(errors, null, null, null);
    }
}

/// <summary>What an interceptor decided after execution: send the result with extra response extensions, or
/// send none of it and answer with errors.</summary>
public sealed class ExecutionCompletion
{
    private ExecutionCompletion(IReadOnlyDictionary<string, object?>? extensions, IReadOnlyList<GraphQLRequestError>? refusal)
    {
        Extensions = extensions;
        Refusal = refusal;
    }

    /// <summary>Entries for the response's <c>extensions</c> (serialized like result values).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The errors to answer with instead of the result; null to send the result.</summary>
    public IReadOnlyList<GraphQLRequestError>? Refusal { get; }

    /// <summary>Send the result, adding <paramref name="extensions"/> to the response.</summary>
    public static ExecutionCompletion Send(IReadOnlyDictionary<string, object?>? extensions = null) => new(extensions, null);

    /// <summary>Send none of the result; answer with <paramref name="errors"/>.</summary>
    public static ExecutionCompletion Withhold(params GraphQLRequestError[] errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Length);
        return new(null, errors);
    }
}
