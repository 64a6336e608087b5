using IntegrationHub.Identity.State;
using IntegrationHub.Identity.Tests.Support;

namespace IntegrationHub.Identity.Tests;

/// <summary>The in-memory replay cache and revocation list: each entry lasts until its own expiry, then is forgotten.</summary>
public sealed class TokenStateTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task ReplayCache_SameClientAndJtiTwice_IsRefusedTheSecondTime()
    {
        var cache = new InMemoryClientAssertionReplayCache(_clock);
        var forgetAfter = _clock.GetUtcNow().AddMinutes(1);

        Assert.True(await cache.TryRecordFirstUseAsync("client", "jti-1", forgetAfter, default));
        Assert.False(await cache.TryRecordFirstUseAsync("client", "jti-1", forgetAfter, default));
    }

    [Fact]
    public async Task ReplayCache_SameJtiFromAnotherClient_IsAccepted()
    {
        var cache = new InMemoryClientAssertionReplayCache(_clock);
        var forgetAfter = _clock.GetUtcNow().AddMinutes(1);

        Assert.True(await cache.TryRecordFirstUseAsync("client-a", "jti-1", forgetAfter, default));
        Assert.True(await cache.TryRecordFirstUseAsync("client-b", "jti-1", forgetAfter, default));
    }

    [Fact]
    public async Task ReplayCache_ClientAndJtiThatConcatenateAlike_AreKeptApart()
    {
        var cache = new InMemoryClientAssertionReplayCache(_clock);
        var forgetAfter = _clock.GetUtcNow().AddMinutes(1);

        Assert.True(await cache.TryRecordFirstUseAsync("ab", "c", forgetAfter, default));
        Assert.True(await cache.TryRecordFirstUseAsync("a", "bc", forgetAfter, default));
    }

    [Fact]
    public async Task ReplayCache_AfterEntryExpired_ForgetsIt()
    {
        var cache = new InMemoryClientAssertionReplayCache(_clock);
        Assert.True(await cache.TryRecordFirstUseAsync("client", "jti-1", _clock.GetUtcNow().AddMinutes(1), default));

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await cache.TryRecordFirstUseAsync("client", "jti-1", _clock.GetUtcNow().AddMinutes(1), default));
    }

    [Fact]
    public async Task RevocationList_RevokedToken_IsRevokedUntilItsForgetTime()
    {
        var list = new InMemoryAccessTokenRevocationList(_clock);
        await list.RevokeAsync("jti-1", _clock.GetUtcNow().AddMinutes(10), default);

        Assert.True(await list.IsRevokedAsync("jti-1", default));
        Assert.False(await list.IsRevokedAsync("jti-2", default));
        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.True(await list.IsRevokedAsync("jti-1", default));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await list.IsRevokedAsync("jti-1", default));
    }
}
