using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IntegrationHub.Tests;

/// <summary>The hub composed exactly as <c>serve</c> composes it, on real Kestrel at a free loopback port,
/// with its data folder in a temporary directory.</summary>
public sealed class HubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HubServer(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>A client whose base address is the running hub.</summary>
    public HttpClient Client { get; }

    /// <summary>The hub's data folder for this instance.</summary>
    public string DataDirectory { get; }

    /// <summary>Starts a hub; <paramref name="settings"/> are extra host configuration arguments.</summary>
    public static async Task<HubServer> StartAsync(params string[] settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hub-test-" + Guid.NewGuid().ToString("N"));
        var app = Program.CreateWebApplication(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Testing",
            $"--Hub:Database:DataDirectory={dataDirectory}",
            $"--Hub:Tokens:KeyFolder={Path.Combine(dataDirectory, "keys")}",
            "--Hub:Tokens:Issuer=http://127.0.0.1",
            .. settings,
        ]);
        await app.StartAsync();
        return new HubServer(app, dataDirectory);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
