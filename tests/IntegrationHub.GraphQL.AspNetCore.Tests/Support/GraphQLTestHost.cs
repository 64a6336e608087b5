using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.RequestIds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>A minimal web application serving <c>/graphql</c> on real Kestrel at a free loopback port.</summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, RecordingLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; }

    /// <summary>Every log line written while the server ran, with its scopes.</summary>
    public RecordingLoggerProvider Logs { get; }

    /// <summary>Starts a server whose executor echoes the request (see <see cref="EchoExecutor"/>) unless another
    /// is given.</summary>
    public static Task<GraphQLTestHost> StartAsync(
        GraphQLRequestExecutor? executor = null,
        Action<GraphQLHttpOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        string environment = "Production") =>
        StartCoreAsync(app => app.MapGraphQL("/graphql", executor ?? EchoExecutor.ExecuteAsync), configure, services, environment);

    /// <summary>Starts a server running <see cref="TestSchema"/> on the engine, as
    /// the hub does: the schema is registered in the services and <c>MapGraphQL("/graphql")</c> finds it.</summary>
    public static Task<GraphQLTestHost> StartEngineAsync(
        Action<GraphQLHttpOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        string environment = "Production") =>
        StartCoreAsync(
            app => app.MapGraphQL("/graphql"),
            configure,
            collection =>
            {
                collection.AddSingleton(TestSchema.Create());
                services?.Invoke(collection);
            },
            environment);

    private static async Task<GraphQLTestHost> StartCoreAsync(
        Action<WebApplication> map,
        Action<GraphQLHttpOptions>? configure,
        Action<IServiceCollection>? services,
        string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new RecordingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Services.AddGraphQLHttp(configure);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseRequestId();
        map(app);
        await app.StartAsync();
        return new GraphQLTestHost(app, logs);
    }

    /// <summary>POSTs <paramref name="body"/> as <c>application/json</c> with the given Accept header.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string body, string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    /// <summary>GETs <c>/graphql?{queryString}</c> with the given Accept header.</summary>
    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Reading GraphQL responses in assertions.</summary>
public static class GraphQLResponses
{
    /// <summary>The response body as a JSON document.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of the single error of a request error response.</summary>
    public static async Task<string?> ReadErrorCodeAsync(this HttpResponseMessage response)
    {
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("data", out _), "A request error response must not have data.");
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        return error.GetProperty("extensions").GetProperty("code").GetString();
    }

    /// <summary>The media type of the response, without parameters.</summary>
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
