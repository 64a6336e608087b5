namespace IntegrationHub.GraphQL.Execution;

/// <summary>What <see cref="Executor.SubscribeAsync"/> returns: the response stream, or the errors that stopped
/// the subscription from starting.</summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? events, IReadOnlyList<GraphQLError> errors)
    {
        Events = events;
        Errors = errors;
    }

    /// <summary>One response per source event, in order; null when the subscription did not start.</summary>
    public IAsyncEnumerable<ExecutionResult>? Events { get; }

    /// <summary>Why the subscription did not start; empty when it did.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    internal static SubscriptionResult Of(IAsyncEnumerable<ExecutionResult> events) => new(events, []);

    internal static SubscriptionResult Failed(IReadOnlyList<GraphQLError> errors) => new(null, errors);
}
