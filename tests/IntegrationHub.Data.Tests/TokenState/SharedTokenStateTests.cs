using IntegrationHub.Access;
using IntegrationHub.Access.TokenState;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.Identity.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.TokenState;

/// <summary>The hub keeps the token server's state in its database: what one hub instance records (a used client
/// assertion, a revoked token) holds on every instance sharing the database and after a restart, and expired rows
/// are purged by a chore every instance runs.</summary>
public sealed class SharedTokenStateTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task HubComposition_RevokedOnOneInstance_IsRevokedOnAnotherAndAfterRestart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var forgetAfter = DateTimeOffset.UtcNow.AddMinutes(10);

        await using (var first = HubInstance(database))
        {
            await first.Services.GetRequiredService<IAccessTokenRevocationList>().RevokeAsync("token-1", forgetAfter, default);
            await using var second = HubInstance(database);

            Assert.True(await second.Services.GetRequiredService<IAccessTokenRevocationList>().IsRevokedAsync("token-1", default));
        }

        await using var restarted = HubInstance(database);
        var revocations = restarted.Services.GetRequiredService<IAccessTokenRevocationList>();
        Assert.True(await revocations.IsRevokedAsync("token-1", default));
        Assert.False(await revocations.IsRevokedAsync("token-2", default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task HubComposition_AssertionUsedOnOneInstance_IsRefusedOnAnotherAndAfterRestart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var forgetAfter = DateTimeOffset.UtcNow.AddMinutes(5);

        await using (var first = HubInstance(database))
        {
            Assert.True(await first.Services.GetRequiredService<IClientAssertionReplayCache>().TryRecordFirstUseAsync("codi-housing", "jti-1", forgetAfter, default));
            await using var second = HubInstance(database);

            Assert.False(await second.Services.GetRequiredService<IClientAssertionReplayCache>().TryRecordFirstUseAsync("codi-housing", "jti-1", forgetAfter, default));
        }

        await using var restarted = HubInstance(database);
        Assert.False(await restarted.Services.GetRequiredService<IClientAssertionReplayCache>().TryRecordFirstUseAsync("codi-housing", "jti-1", forgetAfter, default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task ReplayCache_TwentyConcurrentUsesOfOneAssertionOnTwoInstances_ExactlyOneSucceeds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FixedClock(Noon);
        await using var first = StateInstance(database, clock);
        await using var second = StateInstance(database, clock);
        var caches = new[] { first, second }.Select(instance => instance.GetRequiredService<IClientAssertionReplayCache>()).ToArray();
        using var go = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 20).Select(attempt => Task.Run(async () =>
        {
            go.Wait();
            return await caches[attempt % 2].TryRecordFirstUseAsync("codi-housing", "captured-jti", Noon.AddMinutes(5), default);
        })).ToList();
        go.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(accepted => accepted));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM client_assertion_uses")));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task PurgeChore_OnEachTick_DeletesExpiredRowsAndKeepsLiveOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FastTimerClock(Noon);
        await using var instance = StateInstance(database, clock);
        var cache = instance.GetRequiredService<IClientAssertionReplayCache>();
        var revocations = instance.GetRequiredService<IAccessTokenRevocationList>();
        await cache.TryRecordFirstUseAsync("codi-housing", "expired", Noon.AddMinutes(1), default);
        await cache.TryRecordFirstUseAsync("codi-housing", "live", Noon.AddMinutes(6), default);
        await revocations.RevokeAsync("expired", Noon.AddMinutes(1), default);
        await revocations.RevokeAsync("live", Noon.AddMinutes(10), default);
        clock.Now = Noon.AddMinutes(5);

        await RunHostedServicesUntilAsync(instance, async () => await CountAsync(database) == 2);

        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM client_assertion_uses")));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT count(*) FROM revoked_access_tokens")));
        Assert.True(await revocations.IsRevokedAsync("live", default));
        Assert.False(await cache.TryRecordFirstUseAsync("codi-housing", "live", Noon.AddMinutes(6), default));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task PurgeChore_DatabaseNotMigratedAtFirst_KeepsRunningAndPurgesOnceItIs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FastTimerClock(Noon);
        await using var instance = StateInstance(database, clock);
        var hosted = instance.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(default);
        }

        try
        {
            // Several ticks fail on the missing tables; the chore must survive them.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            await database.RunnerFor(MigrationCatalog.For(provider)).MigrateAsync(default);
            await instance.GetRequiredService<IAccessTokenRevocationList>().RevokeAsync("expired", Noon.AddMinutes(-1), default);

            await WaitUntilAsync(async () => await CountAsync(database) == 0);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(default);
            }
        }
    }

    /// <summary>The hub's data and access registrations as its Program composes them, on <paramref name="database"/>,
    /// built but not started.</summary>
    private static WebApplication HubInstance(TestDatabase database)
    {
        var builder = WebApplication.CreateBuilder(
        [
            $"--{DatabaseOptions.SectionName}:Provider={database.Provider}",
            $"--{DatabaseOptions.SectionName}:ConnectionString={database.ConnectionString}",
        ]);
        builder.AddHubData();
        builder.AddHubAccess();
        return builder.Build();
    }

    /// <summary>Only the token state's registration, over <paramref name="database"/>, with a clock the test sets.</summary>
    private static ServiceProvider StateInstance(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddDbContext<HubDbContext>(db => HubDataRegistration.UseProvider(db, database.Provider, database.ConnectionString));
        services.AddHubTokenState();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static async Task<long> CountAsync(TestDatabase database) =>
        Convert.ToInt64(await database.ScalarAsync("SELECT (SELECT count(*) FROM client_assertion_uses) + (SELECT count(*) FROM revoked_access_tokens)"));

    private static async Task RunHostedServicesUntilAsync(IServiceProvider services, Func<Task<bool>> condition)
    {
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(default);
        }

        try
        {
            await WaitUntilAsync(condition);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(default);
            }
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The purge chore did not delete the expired rows within 20 seconds.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    /// <summary>A clock that says what the test sets, and whose timers fire every few milliseconds whatever period
    /// they ask for, so that a chore's interval passes at once.</summary>
    private sealed class FastTimerClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
            => new FastTimer(System.CreateTimer(callback, state, Fast(dueTime), Fast(period)));

        private static TimeSpan Fast(TimeSpan interval) =>
            interval == Timeout.InfiniteTimeSpan ? interval : TimeSpan.FromMilliseconds(10);

        private sealed class FastTimer(ITimer timer) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(Fast(dueTime), Fast(period));

            public void Dispose() => timer.Dispose();

            public ValueTask DisposeAsync() => timer.DisposeAsync();
        }
    }
}
