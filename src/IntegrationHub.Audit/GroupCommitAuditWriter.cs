using System.Threading.Channels;

namespace IntegrationHub.Audit;

/// <summary>Appends audit events with group commit: requests that arrive while a commit is under way wait together
/// and are sealed and committed in the next single transaction, so the audit costs one durable flush per batch
/// rather than per request. <see cref="AppendAsync"/> completes only after its event is committed (fail closed:
/// it throws <see cref="AuditUnavailableException"/> when the store cannot commit, and the caller must then
/// return no data). One writer seals the chain for one store; every hub instance that shares a database must
/// go through one sealer (the store's unique sequence refuses a second one rather than fork the chain).</summary>
public sealed class GroupCommitAuditWriter : IAsyncDisposable
{
    private readonly IAuditEventStore _store;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SealedAuditEvent? _head;
    private bool _headKnown;
    private long _commits;
    private long _events;

    /// <summary>Starts the writer over <paramref name="store"/>; at most <paramref name="maxBatch"/> events per commit.</summary>
    public GroupCommitAuditWriter(IAuditEventStore store, int maxBatch = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _maxBatch = maxBatch;
        // A thread of its own, not the thread pool's: a commit waits for the disk (SQLite's fsync blocks whatever
        // thread calls it, async API or not), and a pool thread blocked for every commit would take a core's worth of
        // workers away from the requests the commit is for.
        new Thread(CommitLoop) { IsBackground = true, Name = "audit group commit" }.Start();
    }

    /// <summary>How many commits have succeeded.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>How many events those commits held.</summary>
    public long Events => Interlocked.Read(ref _events);

    /// <summary>Events per successful commit, the measure of group commit at work.</summary>
    public double MeanEventsPerCommit => Commits == 0 ? 0 : (double)Events / Commits;

    /// <summary>Seals and durably commits <paramref name="auditEvent"/>; returns its receipt once committed.
    /// Once queued, the event is committed or failed whatever happens to the caller's request, so that what was
    /// audited never depends on when a client disconnects.</summary>
    /// <exception cref="AuditUnavailableException">The store could not commit the event.</exception>
    public Task<AuditReceipt> AppendAsync(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var pending = new Pending(auditEvent, new TaskCompletionSource<AuditReceipt>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _pending.Writer.TryWrite(pending)
            ? pending.Completion.Task
            : Task.FromException<AuditReceipt>(new AuditUnavailableException("The audit writer is shut down."));
    }

    /// <summary>Commits what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _stopped.Task;
    }

    private void CommitLoop()
    {
        var batch = new List<Pending>(_maxBatch);
        // Blocking waits are right here: this thread exists to wait (for events, then for the disk), and no
        // synchronisation context can deadlock it.
        while (_pending.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            Drain(batch);
            CommitAsync(batch).GetAwaiter().GetResult();
            batch.Clear();
        }

        _stopped.SetResult();
    }

    private void Drain(List<Pending> batch)
    {
        while (batch.Count < _maxBatch && _pending.Reader.TryRead(out var next))
        {
            batch.Add(next);
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            if (!_headKnown)
            {
                _head = await _store.GetHeadAsync(CancellationToken.None);
                _headKnown = true;
            }

            var sealedEvents = new List<SealedAuditEvent>(batch.Count);
            var previous = _head;
            foreach (var pending in batch)
            {
                previous = AuditChain.Seal(previous, Guid.CreateVersion7(pending.Event.OccurredAt), pending.Event);
                sealedEvents.Add(previous);
            }

            await _store.AppendAsync(sealedEvents, CancellationToken.None);
            _head = previous;
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _events, batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.SetResult(sealedEvents[i].Receipt);
            }
        }
        catch (Exception exception)
        {
            // Nothing of the batch was committed. Read the head again next time: the store is the truth.
            _headKnown = false;
            var failure = exception as AuditUnavailableException
                ?? new AuditUnavailableException("The audit store could not commit; the request fails closed.", exception);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(failure);
            }
        }
    }

    private sealed record Pending(AuditEvent Event, TaskCompletionSource<AuditReceipt> Completion);
}
