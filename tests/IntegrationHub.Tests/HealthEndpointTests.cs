using System.Net;

namespace IntegrationHub.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_RunningHub_Answers200()
    {
        await using var hub = await HubServer.StartAsync();

        var response = await hub.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_EmbeddedSqliteDefault_Answers200AndCreatesDatabaseInDataFolder()
    {
        await using var hub = await HubServer.StartAsync();

        var response = await hub.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(hub.DataDirectory, "hub.db")), "the SQLite file is created in the data folder");
    }

    [Fact]
    public async Task Readyz_DatabaseUnreachable_Answers503WhileHealthzStays200()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        await using var hub = await HubServer.StartAsync(
            "--Hub:Database:Provider=Postgres",
            "--Hub:Database:ConnectionString=Host=127.0.0.1;Port=1;Username=hub;Password=none;Timeout=2");

        var ready = await hub.Client.GetAsync("/readyz");
        var live = await hub.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
