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

    [Fact]
    public async Task Start_RequirePermissionWithoutAPredicate_FailsNamingTheOption()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GraphQLTestHost.StartEngineAsync(options => options.Introspection = Limits.IntrospectionMode.RequirePermission));

        Assert.Contains("GraphQLHttpOptions.IntrospectionPermission must be set", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<GraphQLHttpOptions>> ZeroLimits => new()
    {
        { nameof(GraphQLHttpOptions.MaxTokens), options => options.MaxTokens = 0 },
        { nameof(GraphQLHttpOptions.MaxSelectionDepth), options => options.MaxSelectionDepth = 0 },
        { nameof(GraphQLHttpOptions.MaxRootFields), options => options.MaxRootFields = 0 },
        { nameof(GraphQLHttpOptions.MaxCost), options => options.MaxCost = 0 },
        { nameof(GraphQLHttpOptions.DocumentCacheSize), options => options.DocumentCacheSize = 0 },
    };

    [Theory]
    [MemberData(nameof(ZeroLimits))]
    public async Task Start_WithAZeroLimit_FailsNamingTheOption(string option, Action<GraphQLHttpOptions> setToZero)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => GraphQLTestHost.StartEngineAsync(setToZero));

        Assert.Contains($"GraphQLHttpOptions.{option} must be positive", exception.Message, StringComparison.Ordinal);
    }
}
