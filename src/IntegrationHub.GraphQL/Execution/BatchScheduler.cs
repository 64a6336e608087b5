namespace IntegrationHub.GraphQL.Execution;

/// <summary>The data loaders of one request that have keys waiting. The <see cref="ExecutionPump"/> dispatches
/// them when nothing else can run.</summary>
public sealed class BatchScheduler(CancellationToken cancellationToken = default)
{
    private readonly List<IBatch> _pending = [];
    private readonly Dictionary<object, object> _loaders = [];

    /// <summary>Signalled when the request is abandoned; passed to every batch function.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Whether any loader has keys waiting.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>The request's loader for <paramref name="key"/>, created on first use, so that every resolver of
    /// the request shares one batch and one cache per kind of load.</summary>
    public TLoader GetOrCreate<TLoader>(object key, Func<BatchScheduler, TLoader> create)
        where TLoader : class
    {
        if (!_loaders.TryGetValue(key, out var loader))
        {
            _loaders[key] = loader = create(this);
        }

        return (TLoader)loader;
    }

    /// <summary>Starts every waiting batch.</summary>
    public void Dispatch()
    {
        var batches = _pending.ToArray();
        _pending.Clear();
        foreach (var batch in batches)
        {
            batch.Dispatch();
        }
    }

    internal void Schedule(IBatch batch) => _pending.Add(batch);

    internal interface IBatch
    {
        void Dispatch();
    }
}
