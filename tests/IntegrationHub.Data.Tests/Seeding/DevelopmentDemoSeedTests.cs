using IntegrationHub.Data.Seeding;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Seeding;

/// <summary>The hub's host in Development seeds a demo set on its first start, and never anywhere else.</summary>
public sealed class DevelopmentDemoSeedTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Start_DevelopmentWithEmptyDatabase_SeedsTheDemoSetOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await StartAndStopAsync(Environments.Development, provider, database);
        await StartAndStopAsync(Environments.Development, provider, database);

        Assert.Equal(DevelopmentDemoSeed.Households, await CountHouseholdsAsync(database));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_OutsideDevelopment_SeedsNothing(string environment)
    {
        await using var database = await TestDatabase.CreateAsync(Sqlite);

        using var host = Build(environment, Sqlite, database);
        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal(0, await CountHouseholdsAsync(database));
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is DevelopmentDemoSeed);
    }

    [Fact]
    public async Task Start_DevelopmentWithHouseholds_AddsNone()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Sqlite);
        await using (var db = database.CreateContext())
        {
            await HubSeeder.SeedAsync(db, 3, seed: 9, TimeProvider.System, progress: null, CancellationToken.None);
        }

        await StartAndStopAsync(Environments.Development, Sqlite, database);

        Assert.Equal(3, await CountHouseholdsAsync(database));
    }

    private static async Task StartAndStopAsync(string environment, DatabaseProvider provider, TestDatabase database)
    {
        using var host = Build(environment, provider, database);
        await host.StartAsync();
        await host.StopAsync();
    }

    private static IHost Build(string environment, DatabaseProvider provider, TestDatabase database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            Args =
            [
                $"--{DatabaseOptions.SectionName}:Provider={provider}",
                $"--{DatabaseOptions.SectionName}:ConnectionString={database.ConnectionString}",
            ],
        });
        builder.AddHubData();
        return builder.Build();
    }

    private static async Task<int> CountHouseholdsAsync(TestDatabase database) =>
        Convert.ToInt32(await database.ScalarAsync("SELECT count(*) FROM households"));
}
