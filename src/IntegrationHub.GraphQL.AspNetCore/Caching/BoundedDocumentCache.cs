using System.Diagnostics.CodeAnalysis;
using IntegrationHub.GraphQL.AspNetCore.Documents;

namespace IntegrationHub.GraphQL.AspNetCore.Caching;

/// <summary>A thread-safe least-recently-used cache of per-document work (parsed, validated or planned documents),
/// keyed by document id and holding at most <see cref="Capacity"/> entries, so that a client sending endless
/// distinct documents costs memory bounded by the capacity and the document length limit.</summary>
/// <typeparam name="TValue">The cached work; immutable, since it is shared by concurrent requests.</typeparam>
public sealed class BoundedDocumentCache<TValue>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<DocumentId, LinkedListNode<(DocumentId Id, TValue Value)>> _entries;

    // Most recently used first; the last node is the next to evict.
    private readonly LinkedList<(DocumentId Id, TValue Value)> _recency = new();

    /// <summary>Creates a cache for at most <paramref name="capacity"/> documents.</summary>
    public BoundedDocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _entries = new Dictionary<DocumentId, LinkedListNode<(DocumentId, TValue)>>(capacity);
    }

    /// <summary>The most entries the cache holds.</summary>
    public int Capacity { get; }

    /// <summary>How many entries the cache holds now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Finds the value for <paramref name="id"/>, marking it most recently used.</summary>
    public bool TryGet(DocumentId id, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var node))
            {
                MarkUsed(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Returns the cached value for <paramref name="id"/>, or creates, caches and returns it.</summary>
    /// <remarks>The factory runs outside the lock, so one slow parse never blocks requests for other documents.
    /// Two requests missing the same document at once may both run it; the first value stored wins and both get
    /// it. A factory that throws caches nothing.</remarks>
    public TValue GetOrAdd(DocumentId id, Func<DocumentId, TValue> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (TryGet(id, out var cached))
        {
            return cached;
        }

        var created = factory(id);
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var raced))
            {
                MarkUsed(raced);
                return raced.Value.Value;
            }

            _entries.Add(id, _recency.AddFirst((id, created)));
            if (_entries.Count > Capacity)
            {
                var leastRecent = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(leastRecent.Value.Id);
            }
        }

        return created;
    }

    private void MarkUsed(LinkedListNode<(DocumentId Id, TValue Value)> node)
    {
        _recency.Remove(node);
        _recency.AddFirst(node);
    }
}
