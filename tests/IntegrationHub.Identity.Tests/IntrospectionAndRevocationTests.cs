using System.Net;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>Token introspection (RFC 7662) and revocation (RFC 7009).</summary>
public sealed class IntrospectionAndRevocationTests : IAsyncLifetime
{
    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    private Task<HttpResponseMessage> AsBasicClientAsync(string path, params (string Name, string Value)[] form)
        => _hub.PostFormAsync(path, form.Select(p => KeyValuePair.Create(p.Name, p.Value)), TestHub.Basic(TestHub.BasicClientId, TestHub.BasicClientSecret));

    private Task<HttpResponseMessage> AsJwtClientAsync(string path, string token)
        => _hub.PostFormAsync(path,
        [
            new("token", token),
            new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
            new("client_assertion", _hub.ClientAssertion()),
        ]);

    private async Task<bool> IsActiveAsync(string token)
    {
        using var response = await AsBasicClientAsync(HubTokenServerPaths.Introspection, ("token", token));
        return (await OAuthAssert.SuccessAsync(response)).GetProperty("active").GetBoolean();
    }

    [Fact]
    public async Task Introspection_OwnActiveToken_DescribesIt()
    {
        var token = await _hub.TokenForBasicClientAsync();
        var jwt = new JsonWebToken(token);

        using var response = await AsBasicClientAsync(HubTokenServerPaths.Introspection, ("token", token), ("token_type_hint", "access_token"));

        var body = await OAuthAssert.SuccessAsync(response);
        Assert.True(body.GetProperty("active").GetBoolean());
        Assert.Equal(TestHub.HouseholdScope, body.GetProperty("scope").GetString());
        Assert.Equal(TestHub.BasicClientId, body.GetProperty("client_id").GetString());
        Assert.Equal(TestHub.BasicAgency, body.GetProperty("agency").GetString());
        Assert.Equal(TestHub.BasicClientId, body.GetProperty("sub").GetString());
        Assert.Equal(TestHub.Audience, body.GetProperty("aud").GetString());
        Assert.Equal(_hub.Issuer, body.GetProperty("iss").GetString());
        Assert.Equal(jwt.Id, body.GetProperty("jti").GetString());
        Assert.Equal(_hub.Clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds(), body.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task Introspection_AnotherClientsToken_IsInactive()
    {
        var basicClientsToken = await _hub.TokenForBasicClientAsync();

        using var response = await AsJwtClientAsync(HubTokenServerPaths.Introspection, basicClientsToken);

        var body = await OAuthAssert.SuccessAsync(response);
        Assert.False(body.GetProperty("active").GetBoolean());
        Assert.Single(body.EnumerateObject());
    }

    [Fact]
    public async Task Introspection_ExpiredToken_IsInactive()
    {
        var token = await _hub.TokenForBasicClientAsync();
        _hub.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.False(await IsActiveAsync(token));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.%%%.AAAA")]
    public async Task Introspection_MalformedToken_IsInactive(string token)
        => Assert.False(await IsActiveAsync(token));

    [Fact]
    public async Task Introspection_ForgedUnsignedToken_IsInactive()
        => Assert.False(await IsActiveAsync(ForgedTokens.Unsigned(await _hub.TokenForBasicClientAsync())));

    [Fact]
    public async Task Introspection_WithoutTokenParameter_IsInvalidRequest()
    {
        using var response = await AsBasicClientAsync(HubTokenServerPaths.Introspection);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("'token'", description);
    }

    [Fact]
    public async Task Introspection_WithoutClientAuthentication_IsInvalidClient()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Introspection, [new("token", await _hub.TokenForBasicClientAsync())]);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Revocation_OwnToken_MakesItInactiveAndRefusedByResourceServer()
    {
        var token = await _hub.TokenForBasicClientAsync();
        var other = await _hub.TokenForBasicClientAsync();

        using var response = await AsBasicClientAsync(HubTokenServerPaths.Revocation, ("token", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(await IsActiveAsync(token));
        using var call = await _hub.CallAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.Contains("revoked", call.Headers.WwwAuthenticate.ToString());
        Assert.True(await IsActiveAsync(other));
    }

    [Fact]
    public async Task Revocation_AnotherClientsToken_IsUnauthorizedClientAndLeavesItActive()
    {
        var basicClientsToken = await _hub.TokenForBasicClientAsync();

        using var response = await AsJwtClientAsync(HubTokenServerPaths.Revocation, basicClientsToken);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "unauthorized_client");
        Assert.True(await IsActiveAsync(basicClientsToken));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    public async Task Revocation_InvalidToken_IsAnsweredWithOk(string token)
    {
        using var response = await AsBasicClientAsync(HubTokenServerPaths.Revocation, ("token", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Revocation_TwiceTheSameToken_IsAnsweredWithOkBothTimes()
    {
        var token = await _hub.TokenForBasicClientAsync();
        using var first = await AsBasicClientAsync(HubTokenServerPaths.Revocation, ("token", token));
        using var second = await AsBasicClientAsync(HubTokenServerPaths.Revocation, ("token", token));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Revocation_WrongSecret_IsInvalidClient()
    {
        var token = await _hub.TokenForBasicClientAsync();

        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Revocation, [new("token", token)], TestHub.Basic(TestHub.BasicClientId, "guess"));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.True(await IsActiveAsync(token));
    }
}
