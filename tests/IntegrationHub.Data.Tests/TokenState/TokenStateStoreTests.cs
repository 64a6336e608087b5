using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.Data.TokenState;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.TokenState;

/// <summary>The token server's state in the database: each client assertion is accepted once until it expires,
/// revoked tokens stay revoked until they expire, and expired rows are purged.</summary>
public sealed class TokenStateStoreTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Noon);

    // A jti is whatever the client put in its assertion: any length, any characters.
    private static readonly string[] HostileJtis =
    [
        new string('x', 16 * 1024),
        "'); DELETE FROM client_assertion_uses; --",
        "\0",
        "",
        "เลขที่ 1 🔑",
        "a\r\nb",
    ];

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task TryRecordAssertionUse_SameClientAndJtiTwice_RefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        Assert.True(await store.TryRecordAssertionUseAsync("codi-housing", "jti-1", Noon.AddMinutes(1), default));
        Assert.False(await store.TryRecordAssertionUseAsync("codi-housing", "jti-1", Noon.AddMinutes(1), default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task TryRecordAssertionUse_SameJtiFromAnotherClient_IsAccepted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        Assert.True(await store.TryRecordAssertionUseAsync("client-a", "jti-1", Noon.AddMinutes(1), default));
        Assert.True(await store.TryRecordAssertionUseAsync("client-b", "jti-1", Noon.AddMinutes(1), default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task TryRecordAssertionUse_ClientAndJtiThatConcatenateAlike_AreKeptApart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        Assert.True(await store.TryRecordAssertionUseAsync("ab", "c", Noon.AddMinutes(1), default));
        Assert.True(await store.TryRecordAssertionUseAsync("a", "bc", Noon.AddMinutes(1), default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task TryRecordAssertionUse_HostileJtis_AreStoredSafelyAndRefusedTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        foreach (var jti in HostileJtis)
        {
            Assert.True(await store.TryRecordAssertionUseAsync("codi-housing", jti, Noon.AddMinutes(1), default));
            Assert.False(await store.TryRecordAssertionUseAsync("codi-housing", jti, Noon.AddMinutes(1), default));
        }

        Assert.Equal(HostileJtis.Length, Convert.ToInt32(await database.ScalarAsync("SELECT count(*) FROM client_assertion_uses")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task TryRecordAssertionUse_AfterTheUseExpired_IsAcceptedAgainAndThenRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);
        Assert.True(await store.TryRecordAssertionUseAsync("codi-housing", "jti-1", Noon.AddMinutes(1), default));

        _clock.Now = Noon.AddMinutes(1).AddTicks(-10);
        Assert.False(await store.TryRecordAssertionUseAsync("codi-housing", "jti-1", Noon.AddMinutes(2), default));
        // Not yet purged, but expired: the row is taken over by the new use, which lasts its own lifetime.
        _clock.Now = Noon.AddMinutes(1);
        Assert.True(await store.TryRecordAssertionUseAsync("codi-housing", "jti-1", Noon.AddMinutes(2), default));
        Assert.False(await store.TryRecordAssertionUseAsync("codi-housing", "jti-1", Noon.AddMinutes(2), default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task IsRevoked_RevokedToken_IsRevokedUntilItsExpiryOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        await store.RevokeAsync("token-1", Noon.AddMinutes(10), default);

        Assert.True(await store.IsRevokedAsync("token-1", default));
        Assert.False(await store.IsRevokedAsync("token-2", default));
        _clock.Now = Noon.AddMinutes(10).AddTicks(-10);
        Assert.True(await store.IsRevokedAsync("token-1", default));
        _clock.Now = Noon.AddMinutes(10);
        Assert.False(await store.IsRevokedAsync("token-1", default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Revoke_SameTokenTwice_KeepsOneRevocation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        await store.RevokeAsync("token-1", Noon.AddMinutes(10), default);
        await store.RevokeAsync("token-1", Noon.AddMinutes(10), default);

        Assert.True(await store.IsRevokedAsync("token-1", default));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM revoked_access_tokens")));
    }

    [Fact]
    public async Task Revoke_TokenIdLongerThanAnyTheHubIssues_IsRefusedNamingTheLimit()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Sqlite);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.RevokeAsync(new string('x', 65), Noon.AddMinutes(10), default));

        Assert.Equal("tokenId", error.ParamName);
        Assert.Contains("at most 64", error.Message);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task PurgeExpired_ExpiredAndLiveRows_DeletesTheExpiredOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext(_clock);
        var store = new TokenStateStore(db, _clock);
        await store.TryRecordAssertionUseAsync("codi-housing", "expired", Noon.AddMinutes(1), default);
        await store.TryRecordAssertionUseAsync("codi-housing", "live", Noon.AddMinutes(1).AddSeconds(1), default);
        await store.RevokeAsync("expired", Noon.AddMinutes(1), default);
        await store.RevokeAsync("live", Noon.AddMinutes(10), default);
        _clock.Now = Noon.AddMinutes(1);

        Assert.Equal(2, await store.PurgeExpiredAsync(default));

        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM client_assertion_uses")));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM revoked_access_tokens")));
        Assert.False(await store.TryRecordAssertionUseAsync("codi-housing", "live", Noon.AddMinutes(2), default));
        Assert.True(await store.IsRevokedAsync("live", default));
        Assert.Equal(0, await store.PurgeExpiredAsync(default));
    }

    [Fact]
    public void UseKeyOf_IsTheSha256OfTheLengthPrefixedPair()
    {
        // echo -n '12:codi-housingjti-1' | sha256sum
        Assert.Equal("bc2bc9e4a1d7273f3ec1cc66ed58a72907d429065bc2ad9ad01051d270a89a71", TokenStateStore.UseKeyOf("codi-housing", "jti-1"));
    }
}
