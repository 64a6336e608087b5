using System.Net;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests;

/// <summary><c>private_key_jwt</c> client authentication (RFC 7523) and the ways an assertion can be wrong.</summary>
public sealed class ClientAssertionTests : IAsyncLifetime
{
    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    // With client_id, as oauth4webapi sends it, so that each check is reached on its own.
    private Task<HttpResponseMessage> PostAssertionAsync(string assertion)
        => _hub.PostFormAsync(HubTokenServerPaths.Token, TestHub.AssertionForm(assertion).Append(new("client_id", TestHub.JwtClientId)));

    [Fact]
    public async Task TokenRequest_ValidAssertion_IssuesTokenForTheClientsAgency()
    {
        using var response = await PostAssertionAsync(_hub.ClientAssertion());

        var body = await OAuthAssert.SuccessAsync(response);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(TestHub.JwtClientId, token.GetPayloadValue<string>("client_id"));
        Assert.Equal(TestHub.JwtAgency, token.GetPayloadValue<string>("agency"));
    }

    [Fact]
    public async Task TokenRequest_AssertionAudienceIsTokenEndpoint_IsAccepted()
    {
        var assertion = _hub.ClientAssertion(d => d.Audience = _hub.Issuer + HubTokenServerPaths.Token);

        using var response = await PostAssertionAsync(assertion);

        await OAuthAssert.SuccessAsync(response);
    }

    [Fact]
    public async Task TokenRequest_ReplayedAssertion_IsInvalidClient()
    {
        var assertion = _hub.ClientAssertion();
        using var first = await PostAssertionAsync(assertion);
        await OAuthAssert.SuccessAsync(first);

        using var replay = await PostAssertionAsync(assertion);

        var description = await OAuthAssert.ErrorAsync(replay, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Contains("already used", description);
    }

    [Fact]
    public async Task TokenRequest_SameJtiInNewAssertion_IsInvalidClient()
    {
        using var first = await PostAssertionAsync(_hub.ClientAssertion(d => d.Claims["jti"] = "fixed-id"));
        await OAuthAssert.SuccessAsync(first);

        using var second = await PostAssertionAsync(_hub.ClientAssertion(d => d.Claims["jti"] = "fixed-id"));

        await OAuthAssert.ErrorAsync(second, HttpStatusCode.Unauthorized, "invalid_client");
    }

    public static TheoryData<string, Action<SecurityTokenDescriptor>, string> SpoiledAssertions => new()
    {
        { "wrong audience", d => d.Audience = "https://another-server.example", "'aud'" },
        { "audience of a path under the hub", d => d.Audience = "http://127.0.0.1/connect/token", "'aud'" },
        { "expired", d => { d.IssuedAt = d.NotBefore = d.IssuedAt!.Value.AddMinutes(-10); d.Expires = d.IssuedAt.Value.AddMinutes(2); }, "expired" },
        { "not yet valid", d => { d.NotBefore = d.IssuedAt!.Value.AddMinutes(5); d.Expires = d.NotBefore.Value.AddMinutes(1); }, "not yet valid" },
        { "no expiry", d => d.Expires = null, "'exp'" },
        { "lives too long", d => d.Expires = d.IssuedAt!.Value.AddHours(1), "shorter lifetime" },
        { "issuer is another client", d => d.Issuer = TestHub.BasicClientId, "'iss'" },
        { "subject is another client", d => d.Claims["sub"] = TestHub.BasicClientId, "'sub'" },
        { "no jti", d => d.Claims.Remove("jti"), "'jti'" },
        { "sub is a number", d => d.Claims["sub"] = 42, "'sub'" },
        { "sub is an object", d => d.Claims["sub"] = new Dictionary<string, object> { ["id"] = TestHub.JwtClientId }, "not valid" },
        { "jti is an object", d => d.Claims["jti"] = new Dictionary<string, object> { ["id"] = 1 }, "not valid" },
    };

    [Theory]
    [MemberData(nameof(SpoiledAssertions))]
    public async Task TokenRequest_SpoiledAssertion_IsInvalidClient(string spoiled, Action<SecurityTokenDescriptor> spoil, string named)
    {
        using var response = await PostAssertionAsync(_hub.ClientAssertion(spoil));

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.True(description.Contains(named), $"{spoiled}: '{description}' should mention {named}");
    }

    [Fact]
    public async Task TokenRequest_AssertionSignedByAnotherKey_IsInvalidClient()
    {
        var impostor = new ClientKey(_hub.JwtClientKey.KeyId); // same kid, different key

        using var response = await PostAssertionAsync(_hub.ClientAssertion(signWith: impostor.SigningCredentials));

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Contains("signature", description);
    }

    [Fact]
    public async Task TokenRequest_UnsignedAssertion_IsInvalidClient()
    {
        var signed = _hub.ClientAssertion();
        var payload = signed.Split('.')[1];
        var unsigned = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{payload}.";

        using var response = await PostAssertionAsync(unsigned);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_HmacAssertionKeyedWithPublicKey_IsInvalidClient()
    {
        // Algorithm confusion: HS256 keyed with the client's public key, which anyone can know.
        var publicKeyBytes = Encoding.UTF8.GetBytes(_hub.JwtClientKey.PublicJwk.X + _hub.JwtClientKey.PublicJwk.Y);
        var hmac = new SigningCredentials(new SymmetricSecurityKey(SHA256.HashData(publicKeyBytes)) { KeyId = _hub.JwtClientKey.KeyId }, SecurityAlgorithms.HmacSha256);

        using var response = await PostAssertionAsync(_hub.ClientAssertion(signWith: hmac));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOjF9.AAAA")] // sub is a number
    [InlineData("eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.AAAA")] // payload is not JSON
    [InlineData("....")]
    [InlineData("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")] // an encrypted JWT
    public async Task TokenRequest_MalformedAssertion_IsInvalidClientOrInvalidRequest(string assertion)
    {
        using var response = await PostAssertionAsync(assertion);

        // An empty parameter counts as absent (RFC 6749 section 3.1): the pair is then incomplete.
        if (assertion.Length == 0)
        {
            await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        }
        else
        {
            await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        }
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")]
    public async Task TokenRequest_MalformedAssertionWithoutClientId_IsInvalidClient(string assertion)
    {
        // Without client_id the client is found through the assertion's sub, which cannot be read here.
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, TestHub.AssertionForm(assertion));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_ClientIdDiffersFromAssertionSubject_IsInvalidClient()
    {
        // The basic client is not registered for private_key_jwt; even were it, the assertion is the JWT client's.
        var form = TestHub.AssertionForm(_hub.ClientAssertion()).Append(new("client_id", TestHub.BasicClientId));

        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, form);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_UnknownAssertionType_IsInvalidClient()
    {
        var form = TestHub.AssertionForm(_hub.ClientAssertion())
            .Select(p => p.Key == "client_assertion_type" ? new KeyValuePair<string, string>(p.Key, "urn:ietf:params:oauth:client-assertion-type:saml2-bearer") : p);

        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, form);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_AssertionWithoutType_IsInvalidRequest()
    {
        var form = TestHub.AssertionForm(_hub.ClientAssertion()).Where(p => p.Key != "client_assertion_type");

        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, form);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }
}
