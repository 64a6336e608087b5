using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Data;
using IntegrationHub.Data.Tests.Infrastructure;
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
    private TestDatabase? _database;

    private HubServer(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>A client whose base address is the running hub.</summary>
    public HttpClient Client { get; }

    /// <summary>The running hub's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The hub's data folder for this instance.</summary>
    public string DataDirectory { get; }

    /// <summary>Starts a hub; <paramref name="settings"/> are extra host configuration arguments.</summary>
    public static Task<HubServer> StartAsync(params string[] settings) => StartAsync(overrides: null, settings);

    /// <summary>Starts a hub on <paramref name="provider"/>: SQLite in its data folder, or a PostgreSQL database of
    /// its own (from HUB_TEST_POSTGRES), dropped when the hub is disposed.</summary>
    public static Task<HubServer> StartAsync(DatabaseProvider provider, params string[] settings) => StartAsync(provider, overrides: null, settings);

    /// <summary>Starts a hub on <paramref name="provider"/> with some of its services replaced by
    /// <paramref name="overrides"/>.</summary>
    public static async Task<HubServer> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? overrides, params string[] settings)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return await StartAsync(overrides, settings);
        }

        var database = await TestDatabase.CreateAsync(provider);
        var hub = await StartAsync(overrides,
            [$"--Hub:Database:Provider={provider}", $"--Hub:Database:ConnectionString={database.ConnectionString}", .. settings]);
        hub._database = database;
        return hub;
    }

    /// <summary>Starts a hub with some of its services replaced by <paramref name="overrides"/>.</summary>
    public static async Task<HubServer> StartAsync(Action<IServiceCollection>? overrides, params string[] settings)
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
        ], overrides);
        await app.StartAsync();
        return new HubServer(app, dataDirectory);
    }

    /// <inheritdoc />
    /// <summary>Asks the token server for a client-credentials token (client_secret_basic).</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string scope)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = scope }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        return Client.SendAsync(request);
    }

    /// <summary>The access token a Development demo client (secret <c>&lt;id&gt;-secret</c>) gets for <paramref name="scope"/>.</summary>
    public async Task<string> DemoTokenAsync(string clientId, string scope)
    {
        using var response = await RequestTokenAsync(clientId, clientId + "-secret", scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"No token for {clientId}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Posts a GraphQL request to /graphql with <paramref name="token"/> and the Purpose header (when not
    /// null); <paramref name="body"/> is the request object (query or documentId, variables).</summary>
    public Task<HttpResponseMessage> PostGraphQLAsync(string? token, string? purpose, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (purpose is not null)
        {
            request.Headers.Add("Purpose", purpose);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await _database.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
