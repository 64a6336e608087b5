using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>The hub as a resource server: the bearer tokens it accepts and the many it must refuse.</summary>
public sealed class ResourceServerTests : IAsyncLifetime
{
    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    private async Task AssertRefusedAsync(string? token, string reason)
    {
        using var response = await _hub.CallAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer realm=\"IntegrationHub\", error=\"invalid_token\"", challenge);
        Assert.True(challenge.Contains(reason), challenge);
    }

    [Fact]
    public async Task Request_TokenFromTokenEndpoint_AuthenticatesCallerWithAgencyAndScopes()
    {
        var token = await _hub.TokenForBasicClientAsync($"{TestHub.MemberScope} {TestHub.HouseholdScope}");

        using var response = await _hub.CallAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await response.Content.ReadFromJsonAsync<TestHub.CallerView>();
        Assert.Equal(new TestHub.CallerView(TestHub.BasicClientId, TestHub.BasicAgency, [TestHub.HouseholdScope, TestHub.MemberScope]),
            caller! with { Scopes = caller.Scopes }, new CallerComparer());
    }

    [Fact]
    public async Task Request_NoToken_IsChallengedWithoutError()
    {
        using var response = await _hub.CallAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"IntegrationHub\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Request_AlgNoneToken_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Unsigned(await _hub.TokenForBasicClientAsync()), "signature");

    [Fact]
    public async Task Request_HmacTokenKeyedWithHubPublicKey_IsRefused()
    {
        // Algorithm confusion: the hub's public key, which anyone can fetch, used as an HMAC secret.
        var published = _hub.Services.GetRequiredService<SigningKeyRing>().Current.PublicJwk;
        var secret = SHA256.HashData(Base64UrlEncoder.DecodeBytes(published.X!));
        var hmac = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = published.KeyId }, SecurityAlgorithms.HmacSha256);

        await AssertRefusedAsync(ForgedTokens.Sign(_hub, signWith: hmac), "signature");
    }

    [Fact]
    public async Task Request_TokenSignedByAnotherKeyWithHubKid_IsRefused()
    {
        var kid = _hub.Services.GetRequiredService<SigningKeyRing>().Current.KeyId;
        var other = new SigningCredentials(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = kid }, SecurityAlgorithms.EcdsaSha256);

        await AssertRefusedAsync(ForgedTokens.Sign(_hub, signWith: other), "signature");
    }

    [Fact]
    public async Task Request_ExpiredToken_IsRefused()
    {
        var token = await _hub.TokenForBasicClientAsync();
        _hub.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(31));

        await AssertRefusedAsync(token, "expired");
    }

    [Fact]
    public async Task Request_TokenJustPastExpiryWithinClockSkew_IsAccepted()
    {
        var token = await _hub.TokenForBasicClientAsync();
        _hub.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(29));

        using var response = await _hub.CallAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_TokenNotYetValid_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => { d.NotBefore = d.IssuedAt!.Value.AddMinutes(2); }), "not yet valid");

    [Fact]
    public async Task Request_TokenWithoutExpiry_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => d.Expires = null), "no expiry");

    [Fact]
    public async Task Request_WrongAudience_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => d.Audience = "another-api"), "audience");

    [Fact]
    public async Task Request_WrongIssuerSignedWithHubKey_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => d.Issuer = "https://evil.example"), "trusted issuer");

    [Theory]
    [InlineData("JWT")]
    [InlineData("application/at+jwt+evil")]
    [InlineData("id_token+jwt")]
    public async Task Request_TokenWithOtherTyp_IsRefused(string type)
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => d.TokenType = type), "typ");

    [Fact]
    public async Task Request_TokenWithoutAgency_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => d.Claims.Remove("agency")), "agency");

    [Fact]
    public async Task Request_TokenWithoutJti_IsRefused()
        => await AssertRefusedAsync(ForgedTokens.Sign(_hub, d => d.Claims.Remove("jti")), "no jti");

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.%%%.AAAA")]
    [InlineData("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")]
    public async Task Request_MalformedToken_IsRefusedNotAServerError(string token)
        => await AssertRefusedAsync(token, "trusted issuer");

    [Theory]
    [InlineData("""{"alg":"ES256","typ":"at+jwt"}""", """{"iss":42}""")]
    [InlineData("""{"alg":"ES256","typ":"at+jwt"}""", """{"iss":{"nested":true}}""")]
    [InlineData("""{"alg":"ES256","typ":"at+jwt","kid":{"x":1}}""", """{"iss":"https://login.partner.example"}""")]
    [InlineData("""{"alg":["ES256"],"typ":7}""", """{"iss":null}""")]
    [InlineData("""[]""", """[]""")]
    public async Task Request_TokenWithOddlyTypedMembers_IsRefusedNotAServerError(string header, string payload)
    {
        var token = $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.AAAA";

        using var response = await _hub.CallAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_OtherAuthorizationScheme_IsChallengedWithoutError()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, TestHub.CallerPath);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic bW9mOnNlY3JldA==");

        using var response = await _hub.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"IntegrationHub\"", response.Headers.WwwAuthenticate.ToString());
    }

    private sealed class CallerComparer : IEqualityComparer<TestHub.CallerView>
    {
        public bool Equals(TestHub.CallerView? x, TestHub.CallerView? y)
            => x!.ClientId == y!.ClientId && x.Agency == y.Agency && x.Scopes.SequenceEqual(y.Scopes);

        public int GetHashCode(TestHub.CallerView obj) => 0;
    }
}
