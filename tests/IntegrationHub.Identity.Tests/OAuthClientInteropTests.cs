using System.Text.Json;
using IntegrationHub.Identity.Tests.Support;

namespace IntegrationHub.Identity.Tests;

/// <summary>A real OAuth client that nobody here wrote (oauth4webapi 3.8.8) against the running hub.</summary>
public sealed class OAuthClientInteropTests
{
    [Fact]
    public async Task Oauth4webapi_DiscoversAuthenticatesIntrospectsAndRevokes_WithBasicAndPrivateKeyJwt()
    {
        var hub = await TestHub.StartAsync();
        try
        {
            var output = await OAuthClientScript.RunAsync(new Dictionary<string, string>
            {
                ["HUB_ISSUER"] = hub.Issuer,
                ["HUB_SCOPE"] = $"{TestHub.HouseholdScope} {TestHub.HealthScope}",
                ["BASIC_CLIENT_ID"] = TestHub.BasicClientId,
                ["BASIC_CLIENT_SECRET"] = TestHub.BasicClientSecret,
                ["JWT_CLIENT_ID"] = TestHub.JwtClientId,
                ["JWT_CLIENT_PRIVATE_JWK"] = hub.JwtClientKey.PrivateJwkJson(),
            });

            var result = JsonDocument.Parse(output).RootElement;
            Assert.Equal(hub.Issuer, result.GetProperty("issuer").GetString());
            Assert.Equal(hub.Issuer + HubTokenServerPaths.Token, result.GetProperty("tokenEndpoint").GetString());
            AssertClientRun(result.GetProperty("basic"), TestHub.BasicClientId, TestHub.BasicAgency);
            AssertClientRun(result.GetProperty("privateKeyJwt"), TestHub.JwtClientId, TestHub.JwtAgency);
        }
        finally
        {
            await hub.DisposeAsync();
            hub.DeleteContentRoot();
        }
    }

    private static void AssertClientRun(JsonElement run, string clientId, string agency)
    {
        // oauth4webapi normalises token_type to lower case.
        Assert.Equal("bearer", run.GetProperty("tokenType").GetString());
        Assert.Equal(600, run.GetProperty("expiresIn").GetInt32());
        // health.read is granted by no MOU, so only household.read is issued.
        Assert.Equal(TestHub.HouseholdScope, run.GetProperty("scope").GetString());
        var introspection = run.GetProperty("introspection");
        Assert.True(introspection.GetProperty("active").GetBoolean());
        Assert.Equal(clientId, introspection.GetProperty("client_id").GetString());
        Assert.Equal(agency, introspection.GetProperty("agency").GetString());
        Assert.Equal(TestHub.HouseholdScope, introspection.GetProperty("scope").GetString());
        Assert.False(run.GetProperty("activeAfterRevocation").GetBoolean());
    }
}
