using IntegrationHub.Audit;

namespace IntegrationHub.Audit.Tests;

/// <summary>A store for tests: a list, a simulated flush delay per commit, a switch that makes commits fail, and
/// the store's duty to refuse a batch that does not continue the head (a unique sequence).</summary>
internal sealed class InMemoryAuditEventStore(TimeSpan commitDelay = default) : IAuditEventStore
{
    private readonly Lock _gate = new();
    private readonly List<SealedAuditEvent> _events = [];

    public bool FailCommits { get; set; }

    public int CommitCalls { get; private set; }

    public IReadOnlyList<SealedAuditEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_events.Count == 0 ? null : _events[^1]);
        }
    }

    public async Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken)
    {
        if (commitDelay > TimeSpan.Zero)
        {
            await Task.Delay(commitDelay, cancellationToken);
        }

        lock (_gate)
        {
            CommitCalls++;
            if (FailCommits)
            {
                throw new IOException("disk full");
            }

            var expected = _events.Count + 1;
            if (batch.Select((e, i) => e.Sequence != expected + i).Any(wrong => wrong))
            {
                throw new InvalidOperationException("duplicate or out-of-order sequence");
            }

            _events.AddRange(batch);
        }
    }

    public async IAsyncEnumerable<SealedAuditEvent> ReadAsync(IReadOnlyList<SealedAuditEvent> events)
    {
        foreach (var stored in events)
        {
            await Task.Yield();
            yield return stored;
        }
    }
}
