using IntegrationHub.Audit;

namespace IntegrationHub.Audit.Tests;

public sealed class GroupCommitAuditWriterTests
{
    [Fact]
    public async Task Append_200Concurrent_GapFreeValidChainInFewerCommits()
    {
        var store = new InMemoryAuditEventStore(commitDelay: TimeSpan.FromMilliseconds(5));
        await using var writer = new GroupCommitAuditWriter(store);

        var receipts = await Task.WhenAll(Enumerable.Range(1, 200).Select(n => Task.Run(() => writer.AppendAsync(AuditSamples.Event(n)))));

        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), receipts.Select(r => r.Sequence).Order());
        Assert.Equal(200, store.Events.Count);
        var report = await AuditChainVerifier.VerifyAsync(store.ReadAsync(store.Events));
        Assert.True(report.IsValid, report.Problem);
        Assert.True(writer.Commits < 200, $"{writer.Commits} commits for 200 events: no grouping happened");
        Assert.Equal(200, writer.Events);
        Assert.True(writer.MeanEventsPerCommit > 1);
    }

    [Fact]
    public async Task Append_Receipt_NamesTheStoredEvent()
    {
        var store = new InMemoryAuditEventStore();
        await using var writer = new GroupCommitAuditWriter(store);

        var receipt = await writer.AppendAsync(AuditSamples.Event());

        var stored = Assert.Single(store.Events);
        Assert.Equal(stored.Receipt, receipt);
        Assert.Equal(AuditChain.GenesisHash, stored.PreviousHash);
    }

    [Fact]
    public async Task Append_StoreFails_EveryWaitingRequestFailsClosed()
    {
        var store = new InMemoryAuditEventStore(commitDelay: TimeSpan.FromMilliseconds(5)) { FailCommits = true };
        await using var writer = new GroupCommitAuditWriter(store);

        var attempts = Enumerable.Range(1, 20).Select(n => writer.AppendAsync(AuditSamples.Event(n))).ToList();

        foreach (var attempt in attempts)
        {
            var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() => attempt);
            Assert.IsType<IOException>(failure.InnerException);
        }

        Assert.Empty(store.Events);
    }

    [Fact]
    public async Task Append_AfterTheStoreRecovers_ChainContinuesWithoutGap()
    {
        var store = new InMemoryAuditEventStore();
        await using var writer = new GroupCommitAuditWriter(store);
        await writer.AppendAsync(AuditSamples.Event(1));
        store.FailCommits = true;
        await Assert.ThrowsAsync<AuditUnavailableException>(() => writer.AppendAsync(AuditSamples.Event(2)));
        store.FailCommits = false;

        var receipt = await writer.AppendAsync(AuditSamples.Event(3));

        Assert.Equal(2, receipt.Sequence);
        Assert.True((await AuditChainVerifier.VerifyAsync(store.ReadAsync(store.Events))).IsValid);
    }

    [Fact]
    public async Task Append_SecondWriterOnTheSameStore_IsRefusedNotForked()
    {
        var store = new InMemoryAuditEventStore();
        await using var first = new GroupCommitAuditWriter(store);
        await using var second = new GroupCommitAuditWriter(store);
        await first.AppendAsync(AuditSamples.Event(1));
        await second.AppendAsync(AuditSamples.Event(2)); // reads the head (1) on its first commit
        await first.AppendAsync(AuditSamples.Event(3)).ContinueWith(_ => { }); // first's head is stale: refused

        Assert.True((await AuditChainVerifier.VerifyAsync(store.ReadAsync(store.Events))).IsValid);
        Assert.Equal([1L, 2L], store.Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Dispose_CommitsWhatIsQueued()
    {
        var store = new InMemoryAuditEventStore(commitDelay: TimeSpan.FromMilliseconds(20));
        var writer = new GroupCommitAuditWriter(store);
        var attempts = Enumerable.Range(1, 10).Select(n => writer.AppendAsync(AuditSamples.Event(n))).ToList();

        await writer.DisposeAsync();

        Assert.All(attempts, attempt => Assert.True(attempt.IsCompletedSuccessfully));
        Assert.Equal(10, store.Events.Count);
        await Assert.ThrowsAsync<AuditUnavailableException>(() => writer.AppendAsync(AuditSamples.Event(11)));
    }
}
