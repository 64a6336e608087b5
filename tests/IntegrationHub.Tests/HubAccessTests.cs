using System.Net;
using System.Text.Json;
using IntegrationHub.Policies;
using IntegrationHub.Testing;

namespace IntegrationHub.Tests;

/// <summary>The hub's token server over the repository's real policy files.</summary>
public sealed class HubAccessTests
{
    [Fact]
    public async Task Token_DemoClientInDevelopment_GetsScopesItsMouGrants()
    {
        await using var hub = await HubServer.StartAsync("--environment=Development");

        var response = await hub.RequestTokenAsync("codi-demo", "codi-demo-secret", "household.profile member.identity audit.read");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // audit.read is the oversight committee's scope, not CODI's: it is dropped, the others granted.
        Assert.Equal("household.profile member.identity", body.RootElement.GetProperty("scope").GetString());
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
    }

    [Fact]
    public async Task Token_DemoClientOutsideDevelopment_IsUnknown()
    {
        await using var hub = await HubServer.StartAsync();

        var response = await hub.RequestTokenAsync("codi-demo", "codi-demo-secret", "household.profile");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_WrongSecret_IsInvalidClient()
    {
        await using var hub = await HubServer.StartAsync("--environment=Development");

        var response = await hub.RequestTokenAsync("codi-demo", "not-the-secret", "household.profile");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_InvalidPolicySet_RefusesToStart()
    {
        var broken = RepositoryPaths.Combine("tests", "IntegrationHub.Policies.Tests", "Fixtures", "Broken", "duplicate-mou-id");

        var failure = await Assert.ThrowsAsync<InvalidPolicySetException>(() => HubServer.StartAsync($"--Hub:Policies:Directory={broken}"));

        Assert.Contains("duplicate", failure.Message, StringComparison.OrdinalIgnoreCase);
    }
}
