using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Executes a validated request (spec 6): picks the operation, coerces variables, and runs the root
/// selection set, in parallel for queries and serially for mutations, on a per-request pump that batches
/// data loads (<see cref="ExecutionPump"/>).</summary>
public static class Executor
{
    /// <summary>Executes <paramref name="request"/>. Request errors (no such operation, invalid variables) come
    /// back as a result without data; field errors as errors beside partial data.</summary>
    /// <exception cref="OperationCanceledException">The request's cancellation token was signalled.</exception>
    public static Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        OperationPlan plan;
        try
        {
            plan = request.Plan ?? OperationPlan.Create(request.Schema, request.Document, request.OperationName);
        }
        catch (GraphQLRequestException exception)
        {
            return Task.FromResult(ExecutionResult.RequestError([exception.Error]));
        }

        if (!ReferenceEquals(plan.Document, request.Document))
        {
            throw new ArgumentException("The plan belongs to another document.", nameof(request));
        }

        var (variables, variableErrors) = VariableCoercion.Coerce(request.Schema, plan.Operation, request.VariableValues);
        if (variableErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.RequestError(variableErrors));
        }

        var run = new ExecutionRun(request, plan.Operation, variables);
        return ExecutionPump.RunAsync(() => run.ExecuteAsync(plan.RootType, request.RootValue), run.Batches, request.CancellationToken);
    }

    /// <summary>Subscribe (spec 6.2.3): for a subscription operation, creates the source event stream and returns
    /// the response stream, one execution of the selection set per event with the event as the root value
    /// (MapSourceToResponseEvent). Request errors, and a subscriber that fails, come back as errors instead.
    /// Executing a subscription with <see cref="ExecuteAsync"/> answers it once, with the root value as the event.</summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        OperationPlan plan;
        try
        {
            plan = request.Plan ?? OperationPlan.Create(request.Schema, request.Document, request.OperationName);
        }
        catch (GraphQLRequestException exception)
        {
            return SubscriptionResult.Failed([exception.Error]);
        }

        if (plan.Operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.Failed([GraphQLError.At(
                $"Subscribe needs a subscription operation, not a {Printer.Keyword(plan.Operation.Operation)}.", plan.Operation)]);
        }

        var (variables, variableErrors) = VariableCoercion.Coerce(request.Schema, plan.Operation, request.VariableValues);
        if (variableErrors.Count > 0)
        {
            return SubscriptionResult.Failed(variableErrors);
        }

        var run = new ExecutionRun(request, plan.Operation, variables);
        var (stream, error) = await ExecutionPump.RunAsync(() => run.CreateSourceEventStreamAsync(plan.RootType), run.Batches, request.CancellationToken);
        return error is not null ? SubscriptionResult.Failed([error]) : SubscriptionResult.Of(ResponseEvents(stream!, request, plan, variables));
    }

    /// <summary>MapSourceToResponseEvent (spec 6.2.3.2): each event executed as the root value
    /// (ExecuteSubscriptionEvent), until the source ends or the request is cancelled.</summary>
    private static async IAsyncEnumerable<ExecutionResult> ResponseEvents(
        IAsyncEnumerable<object?> source, ExecutionRequest request, OperationPlan plan, IReadOnlyDictionary<string, object?> variables)
    {
        await foreach (var sourceEvent in source.WithCancellation(request.CancellationToken))
        {
            var run = new ExecutionRun(request, plan.Operation, variables);
            yield return await ExecutionPump.RunAsync(() => run.ExecuteAsync(plan.RootType, sourceEvent), run.Batches, request.CancellationToken);
        }
    }

    /// <summary>GetOperation (spec 6.1.1): the named operation, or the only one when no name is given.</summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operationName is null)
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = new GraphQLError(operations.Count == 0
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.");
            return null;
        }

        var named = operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (named is null)
        {
            error = new GraphQLError($"Unknown operation named \"{operationName}\".");
        }

        return named;
    }
}
