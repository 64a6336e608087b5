namespace IntegrationHub.GraphQL.Execution;

/// <summary>Batches and caches loads by key for one request: every <see cref="LoadAsync"/> made while the
/// executor has work left is collected, and one call of the batch function answers them all, so a list of a
/// hundred parents costs one query for their children, not a hundred. Each key is loaded at most once.</summary>
/// <typeparam name="TKey">The key, such as a household id.</typeparam>
/// <typeparam name="TValue">What a key loads, such as the household's members.</typeparam>
public sealed class DataLoader<TKey, TValue> : BatchScheduler.IBatch
    where TKey : notnull
{
    private readonly BatchScheduler _scheduler;
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _load;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _waiting = [];

    /// <summary>A loader whose <paramref name="load"/> returns the values of the keys it finds; a key it does
    /// not return loads as default (null).</summary>
    public DataLoader(BatchScheduler scheduler, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load)
    {
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _load = load ?? throw new ArgumentNullException(nameof(load));
    }

    /// <summary>How many times the batch function has been called; for tests and diagnostics.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value of <paramref name="key"/>, loaded with the others asked for in the same wave.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_waiting.Count == 0)
        {
            _scheduler.Schedule(this);
        }

        var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[key] = completion;
        _cache[key] = completion.Task;
        return completion.Task;
    }

    void BatchScheduler.IBatch.Dispatch()
    {
        var batch = _waiting;
        _waiting = [];
        BatchCount++;
        _ = CompleteAsync(batch);
    }

    private async Task CompleteAsync(Dictionary<TKey, TaskCompletionSource<TValue?>> batch)
    {
        try
        {
            var values = await _load([.. batch.Keys], _scheduler.CancellationToken);
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception exception)
        {
            foreach (var completion in batch.Values)
            {
                completion.TrySetException(exception);
            }
        }
    }
}
