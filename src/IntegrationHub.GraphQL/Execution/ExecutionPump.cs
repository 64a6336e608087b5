namespace IntegrationHub.GraphQL.Execution;

/// <summary>Runs one request's execution on a single logical thread: every continuation of the executor and its
/// resolvers is queued here and run in turn. When the queue is empty, all remaining work waits on loads, so
/// that is the moment to dispatch the batched loads (<see cref="BatchScheduler"/>): one query per data loader per
/// wave, however many list items asked. Resolvers still overlap their I/O; they never run at the same instant,
/// so per-request state (a database context, say) needs no locks.</summary>
public sealed class ExecutionPump : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _lock = new();

    private ExecutionPump()
    {
    }

    /// <summary>Runs <paramref name="work"/> on a new pump until it completes, dispatching
    /// <paramref name="batches"/> whenever everything else is waiting.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> work, BatchScheduler batches, CancellationToken cancellationToken)
    {
        var pump = new ExecutionPump();
        var task = pump.RunInside(work);
        _ = task.ContinueWith(static (_, state) => ((ExecutionPump)state!)._signal.Release(), pump, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        while (true)
        {
            pump.Drain();
            if (task.IsCompleted)
            {
                return await task;
            }

            if (batches.HasPending)
            {
                pump.RunInside(() =>
                {
                    batches.Dispatch();
                    return true;
                });
                continue;
            }

            await pump._signal.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_lock)
        {
            _queue.Enqueue((d, state));
        }

        _signal.Release();
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("The execution pump runs work asynchronously only.");

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    private T RunInside<T>(Func<T> work)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return work();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void Drain()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) item;
            lock (_lock)
            {
                if (!_queue.TryDequeue(out item))
                {
                    return;
                }
            }

            RunInside(() =>
            {
                item.Callback(item.State);
                return true;
            });
        }
    }
}
