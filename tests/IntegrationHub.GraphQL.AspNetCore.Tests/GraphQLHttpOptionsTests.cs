using System.Security.Claims;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>Option defaults and validation.</summary>
public sealed class GraphQLHttpOptionsTests
{
    [Fact]
    public void ResolveClientId_ByDefault_ReadsTheClientIdClaim()
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("client_id", "mof-welfare")], "Bearer")),
        };

        Assert.Equal("mof-welfare", new GraphQLHttpOptions().ResolveClientId(context));
    }

    [Fact]
    public void ResolveClientId_Anonymous_IsNull() =>
        Assert.Null(new GraphQLHttpOptions().ResolveClientId(new DefaultHttpContext()));

    [Fact]
    public async Task Start_WithJsonDepthBelowTwo_FailsNamingTheOption()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GraphQLTestHost.StartAsync(configure: options => options.MaxJsonDepth = 1));

        Assert.Contains("GraphQLHttpOptions.MaxJsonDepth must be at least 2", exception.Message, StringComparison.Ordinal);
    }
}
