using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Migrations;

/// <summary>The hub's host, composed with <see cref="HubDataRegistration.AddHubData"/>, migrates while it starts.</summary>
public sealed class MigrateAtStartupTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Start_EmptyDatabase_IsMigratedBeforeStartReturns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var host = BuildHost(provider, database.ConnectionString);

        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<MigrationState>().IsCurrent);
        Assert.Equal(MigrationCatalog.For(provider).Count,
            Convert.ToInt32(await database.ScalarAsync($"SELECT count(*) FROM {MigrationRunner.HistoryTable}")));
        await host.StopAsync();
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Start_AppliedScriptChangedSinceItRan_FailsStartNamingTheScript(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.ExecuteAsync($"UPDATE {MigrationRunner.HistoryTable} SET checksum = '{new string('0', 64)}' WHERE version = 1");
        using var host = BuildHost(provider, database.ConnectionString);

        var error = await Assert.ThrowsAsync<MigrationException>(() => host.StartAsync());

        Assert.Contains($"{MigrationCatalog.FolderOf(provider)}/0001_initial.sql was changed after it was applied", error.Message);
        Assert.False(host.Services.GetRequiredService<MigrationState>().IsCurrent);
    }

    [Fact]
    public async Task Start_DatabaseUnreachable_StartsNotReadyAndStopsCleanly()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        using var host = BuildHost(Postgres, "Host=127.0.0.1;Port=1;Username=hub;Password=none;Timeout=2");

        await host.StartAsync();

        Assert.False(host.Services.GetRequiredService<MigrationState>().IsCurrent);
        await host.StopAsync();
    }

    private static IHost BuildHost(DatabaseProvider provider, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(
        [
            $"--{DatabaseOptions.SectionName}:Provider={provider}",
            $"--{DatabaseOptions.SectionName}:ConnectionString={connectionString}",
        ]);
        builder.AddHubData();
        return builder.Build();
    }
}
