using System.Text;
using IntegrationHub.Audit;
using IntegrationHub.Testing;

namespace IntegrationHub.Audit.Tests;

public sealed class AuditChainTests
{
    private static readonly Guid EventId = Guid.Parse("0193a5f0-0000-7000-8000-000000000001");

    [Fact]
    public void CanonicalForm_SampleEvent_MatchesSnapshot()
    {
        Snapshot.Match(Encoding.UTF8.GetString(AuditCanonicalForm.Of(EventId, AuditSamples.Event())));
    }

    [Fact]
    public void CanonicalForm_ListsInAnotherOrderAndAnotherOffset_SameBytes()
    {
        var original = AuditSamples.Event();
        var shuffled = original with
        {
            OccurredAt = original.OccurredAt.ToOffset(TimeSpan.Zero),
            Fields = [.. original.Fields.Reverse()],
            Subjects = [.. original.Subjects.Reverse()],
        };

        Assert.Equal(AuditCanonicalForm.Of(EventId, original), AuditCanonicalForm.Of(EventId, shuffled));
    }

    [Fact]
    public void CanonicalForm_HostileStrings_AreEscapedUnambiguously()
    {
        var hostile = AuditSamples.Event() with { Purpose = "x\",\"outcome\":\"success", OperationName = "line\nbreak\u0001\\" };

        var text = Encoding.UTF8.GetString(AuditCanonicalForm.Of(EventId, hostile));

        Assert.Contains("\"purpose\":\"x\\\",\\\"outcome\\\":\\\"success\"", text);
        Assert.Contains("\"operation\":\"line\\nbreak\\u0001\\\\\"", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "\"outcome\":\"partial\""));
    }

    [Fact]
    public async Task Verify_UntouchedChain_IsValid()
    {
        var chain = Chain(5);

        var report = await AuditChainVerifier.VerifyAsync(Read(chain));

        Assert.True(report.IsValid);
        Assert.Equal(5, report.CheckedCount);
    }

    [Fact]
    public async Task Verify_EditedEvent_NamesItsSequence()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Event = chain[2].Event with { Purpose = "something-else" } };

        var report = await AuditChainVerifier.VerifyAsync(Read(chain));

        Assert.Equal(3, report.FirstBadSequence);
        Assert.Contains("altered", report.Problem);
    }

    [Fact]
    public async Task Verify_EditedEventWithRecomputedHash_BreaksAtTheNextEvent()
    {
        var chain = Chain(5);
        var forged = chain[2].Event with { Outcome = "success" };
        chain[2] = chain[2] with { Event = forged, Hash = AuditChain.HashOf(3, chain[2].PreviousHash, chain[2].EventId, forged) };

        var report = await AuditChainVerifier.VerifyAsync(Read(chain));

        Assert.Equal(4, report.FirstBadSequence);
    }

    [Fact]
    public async Task Verify_DeletedEvent_NamesTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var report = await AuditChainVerifier.VerifyAsync(Read(chain));

        Assert.Equal(2, report.FirstBadSequence);
        Assert.Contains("missing or out of order", report.Problem);
    }

    [Fact]
    public async Task Verify_ReorderedEvents_NamesTheFirstOutOfPlace()
    {
        var chain = Chain(5);
        (chain[3], chain[4]) = (chain[4], chain[3]);

        var report = await AuditChainVerifier.VerifyAsync(Read(chain));

        Assert.Equal(4, report.FirstBadSequence);
    }

    [Fact]
    public async Task Verify_RangeFromTheMiddle_ContinuesFromTheGivenHash()
    {
        var chain = Chain(6);

        var report = await AuditChainVerifier.VerifyAsync(Read(chain.Skip(3).ToList()), firstSequence: 4, previousHash: chain[2].Hash);

        Assert.True(report.IsValid);
        Assert.Equal(3, report.CheckedCount);
    }

    private static List<SealedAuditEvent> Chain(int count)
    {
        var chain = new List<SealedAuditEvent>();
        SealedAuditEvent? previous = null;
        for (var n = 1; n <= count; n++)
        {
            previous = AuditChain.Seal(previous, Guid.CreateVersion7(), AuditSamples.Event(n));
            chain.Add(previous);
        }

        return chain;
    }

    private static async IAsyncEnumerable<SealedAuditEvent> Read(IReadOnlyList<SealedAuditEvent> events)
    {
        foreach (var stored in events)
        {
            await Task.Yield();
            yield return stored;
        }
    }
}
