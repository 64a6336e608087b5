using IntegrationHub.GraphQL.AspNetCore.Caching;
using IntegrationHub.GraphQL.AspNetCore.Documents;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>The bounded LRU cache of per-document work.</summary>
public sealed class BoundedDocumentCacheTests
{
    private static DocumentId Id(int n) => DocumentId.FromText("{ f" + n + " }");

    [Fact]
    public void GetOrAdd_Miss_RunsTheFactoryOnceAndCaches()
    {
        var cache = new BoundedDocumentCache<string>(4);
        var calls = 0;

        var first = cache.GetOrAdd(Id(1), _ => { calls++; return "plan-1"; });
        var second = cache.GetOrAdd(Id(1), _ => { calls++; return "other"; });

        Assert.Equal("plan-1", first);
        Assert.Equal("plan-1", second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void GetOrAdd_OverCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new BoundedDocumentCache<int>(3);
        cache.GetOrAdd(Id(1), _ => 1);
        cache.GetOrAdd(Id(2), _ => 2);
        cache.GetOrAdd(Id(3), _ => 3);
        Assert.True(cache.TryGet(Id(1), out _)); // 1 is now the most recent; 2 the least

        cache.GetOrAdd(Id(4), _ => 4);

        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet(Id(2), out _));
        Assert.True(cache.TryGet(Id(1), out _));
        Assert.True(cache.TryGet(Id(3), out _));
        Assert.True(cache.TryGet(Id(4), out _));
    }

    [Fact]
    public void GetOrAdd_FactoryThrows_CachesNothing()
    {
        var cache = new BoundedDocumentCache<int>(2);

        Assert.Throws<FormatException>(() => cache.GetOrAdd(Id(1), _ => throw new FormatException()));

        Assert.Equal(0, cache.Count);
        Assert.Equal(7, cache.GetOrAdd(Id(1), _ => 7));
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedDocumentCache<int>(0));

    [Fact]
    public async Task GetOrAdd_ManyThreads_NeverExceedsCapacityAndEveryIdKeepsOneValue()
    {
        const int capacity = 16;
        var cache = new BoundedDocumentCache<string>(capacity);
        var ids = Enumerable.Range(0, 64).Select(Id).ToArray();
        var maxSeen = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 20_000; i++)
            {
                var id = ids[random.Next(ids.Length)];
                var value = cache.GetOrAdd(id, key => key.Value);

                // A value must always belong to the id it was asked for, whatever raced with it.
                Assert.Equal(id.Value, value);
                InterlockedMax(ref maxSeen, cache.Count);
            }
        })));

        Assert.InRange(maxSeen, 1, capacity);
        Assert.Equal(capacity, cache.Count);
    }

    [Fact]
    public async Task GetOrAdd_RacingMissesOnOneId_AllGetTheFirstStoredValue()
    {
        var cache = new BoundedDocumentCache<object>(4);
        using var gate = new Barrier(4);

        var values = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            cache.GetOrAdd(Id(1), _ =>
            {
                gate.SignalAndWait(TimeSpan.FromSeconds(10)); // all four factories run before any stores
                return new object();
            }))));

        Assert.All(values, value => Assert.Same(values[0], value));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
