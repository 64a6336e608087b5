using System.Net;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>Server failures: a stable code, never exception details outside Development, always a log line.</summary>
public sealed class ErrorDisclosureTests
{
    private const string Secret = "Npgsql: password authentication failed for user hub_owner";

    private static readonly GraphQLRequestExecutor Failing = (_, _) => throw new InvalidOperationException(Secret);

    [Fact]
    public async Task ExecutorException_OutsideDevelopment_Is500WithoutDetails()
    {
        await using var host = await GraphQLTestHost.StartAsync(Failing, environment: "Production");

        var response = await host.PostJsonAsync("""{"query":"{ a }"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("password", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Contains(requestId, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutorException_InDevelopment_ShowsTheException()
    {
        await using var host = await GraphQLTestHost.StartAsync(Failing, environment: "Development");

        var response = await host.PostJsonAsync("""{"query":"{ a }"}""");

        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Contains(Secret, error.GetProperty("extensions").GetProperty("exception").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutorException_IsLoggedWithTheRequestId()
    {
        await using var host = await GraphQLTestHost.StartAsync(Failing);

        var response = await host.PostJsonAsync("""{"query":"{ a }"}""");

        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var line = Assert.Single(host.Logs.Lines, line => line.Level == LogLevel.Error && line.Message == "GraphQL request failed");
        Assert.Equal(requestId, line.Scope["HubRequestId"]);
    }

    [Fact]
    public async Task RequestError_Body_MatchesSnapshot()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostJsonAsync("""{"query":"{ a }","variables":[7]}""");

        IntegrationHub.Testing.Snapshot.Match(await response.Content.ReadAsStringAsync());
    }
}
