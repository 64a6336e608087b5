using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Identity.Tests.Support;
using IntegrationHub.Identity.Validation;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>The token endpoint with the client secret methods, and its answers to malformed requests.</summary>
public sealed class TokenEndpointTests : IAsyncLifetime
{
    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(params (string Name, string Value)[] parameters)
        => parameters.Select(parameter => new KeyValuePair<string, string>(parameter.Name, parameter.Value));

    private static AuthenticationHeaderValue GoodBasic => TestHub.Basic(TestHub.BasicClientId, TestHub.BasicClientSecret);

    [Fact]
    public async Task TokenRequest_ClientSecretBasic_IssuesRfc9068AccessToken()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "member.read household.read")), GoodBasic);

        var body = await OAuthAssert.SuccessAsync(response);
        Assert.Equal("no-cache", response.Headers.Pragma.ToString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("household.read member.read", body.GetProperty("scope").GetString());

        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        var now = _hub.Clock.GetUtcNow();
        Assert.Equal(HubAccessTokens.TokenType, token.Typ);
        Assert.Equal("ES256", token.Alg);
        Assert.False(string.IsNullOrEmpty(token.Kid));
        Assert.Equal(_hub.Issuer, token.Issuer);
        Assert.Equal([TestHub.Audience], token.Audiences);
        Assert.Equal(TestHub.BasicClientId, token.Subject);
        Assert.Equal(TestHub.BasicClientId, token.GetPayloadValue<string>("client_id"));
        Assert.Equal(TestHub.BasicAgency, token.GetPayloadValue<string>("agency"));
        Assert.Equal("household.read member.read", token.GetPayloadValue<string>("scope"));
        Assert.Equal(now.ToUnixTimeSeconds(), token.GetPayloadValue<long>("iat"));
        Assert.Equal(now.AddMinutes(10).ToUnixTimeSeconds(), token.GetPayloadValue<long>("exp"));
        Assert.True(token.Id.Length >= 22, "jti must carry at least 128 random bits");
    }

    [Fact]
    public async Task TokenRequest_ClientSecretPost_IssuesToken()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, Form(
            ("grant_type", "client_credentials"), ("scope", "household.read"),
            ("client_id", TestHub.BasicClientId), ("client_secret", TestHub.BasicClientSecret)));

        var body = await OAuthAssert.SuccessAsync(response);
        Assert.Equal("household.read", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task TokenRequest_TwoTokens_HaveDistinctTokenIds()
    {
        var first = new JsonWebToken(await _hub.TokenForBasicClientAsync());
        var second = new JsonWebToken(await _hub.TokenForBasicClientAsync());

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task TokenRequest_WrongSecret_IsInvalidClientWithBasicChallenge()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "household.read")), TestHub.Basic(TestHub.BasicClientId, "wrong secret"));

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Contains("wrong secret", description);
    }

    [Fact]
    public async Task TokenRequest_WrongSecretPosted_IsInvalidClient()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, Form(
            ("grant_type", "client_credentials"), ("scope", "household.read"),
            ("client_id", TestHub.BasicClientId), ("client_secret", TestHub.BasicClientSecret + "x")));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_UnknownClient_IsInvalidClient()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "household.read")), TestHub.Basic("nobody", TestHub.BasicClientSecret));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic bm8tY29sb24tYXQtYWxs")] // "no-colon-at-all"
    [InlineData("Basic OnNlY3JldA==")] // ":secret", an empty client id
    [InlineData("Basic /w==")] // the byte 0xFF, not UTF-8
    [InlineData("Basic")]
    [InlineData("Bearer abc.def.ghi")]
    [InlineData("Digest username=\"mof-welfare\"")]
    public async Task TokenRequest_MalformedAuthorizationHeader_IsInvalidClient(string header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, HubTokenServerPaths.Token)
        {
            Content = new FormUrlEncodedContent(Form(("grant_type", "client_credentials"), ("scope", "household.read"))),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await _hub.Http.SendAsync(request);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_SecretThatNeedsUrlEncoding_IsDecodedPerRfc6749()
    {
        // RFC 6749 section 2.3.1: id and secret are form-urlencoded before Basic encoding, so "+" is a space.
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestHub.BasicClientId}:{TestHub.BasicClientSecret.Replace(" ", "+")}"));

        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "household.read")), new AuthenticationHeaderValue("Basic", encoded));

        await OAuthAssert.SuccessAsync(response);
    }

    [Fact]
    public async Task TokenRequest_NoClientAuthentication_IsInvalidClient()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "household.read"), ("client_id", TestHub.BasicClientId)));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_TwoAuthenticationMethods_IsInvalidRequest()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, Form(
            ("grant_type", "client_credentials"), ("scope", "household.read"),
            ("client_id", TestHub.BasicClientId), ("client_secret", TestHub.BasicClientSecret)), GoodBasic);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("more than one client authentication method", description);
    }

    [Fact]
    public async Task TokenRequest_MethodNotRegisteredForClient_AnswersExactlyLikeAnUnknownClient()
    {
        // The JWT client has no secret and may use private_key_jwt only. The answer must not reveal that the id
        // exists: it is the unknown client's, word for word.
        using var wrongMethod = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "household.read")), TestHub.Basic(TestHub.JwtClientId, "guess"));
        using var unknown = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "client_credentials"), ("scope", "household.read")), TestHub.Basic("nobody", "guess"));

        var wrongMethodDescription = await OAuthAssert.ErrorAsync(wrongMethod, HttpStatusCode.Unauthorized, "invalid_client");
        var unknownDescription = await OAuthAssert.ErrorAsync(unknown, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal(unknownDescription, wrongMethodDescription);
    }

    [Fact]
    public async Task TokenRequest_MissingGrantType_IsInvalidRequest()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, Form(("scope", "household.read")), GoodBasic);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("grant_type", description);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("authorization_code")]
    [InlineData("urn:ietf:params:oauth:grant-type:jwt-bearer")]
    [InlineData("CLIENT_CREDENTIALS")]
    public async Task TokenRequest_OtherGrantType_IsUnsupportedGrantType(string grantType)
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, Form(("grant_type", grantType), ("scope", "household.read")), GoodBasic);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
        Assert.Contains(grantType, description);
    }

    [Theory]
    [InlineData("grant_type=client_credentials&grant_type=client_credentials&scope=household.read", "grant_type")]
    [InlineData("grant_type=client_credentials&scope=household.read&scope=welfare.read", "scope")]
    [InlineData("grant_type=client_credentials&scope=household.read&scope=", "scope")]
    public async Task TokenRequest_RepeatedParameter_IsInvalidRequest(string body, string repeated)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, HubTokenServerPaths.Token)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = GoodBasic;

        using var response = await _hub.Http.SendAsync(request);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains($"'{repeated}' is repeated", description);
    }

    [Theory]
    [InlineData("application/json", "{\"grant_type\":\"client_credentials\"}")]
    [InlineData("text/plain", "grant_type=client_credentials")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n--x--")]
    [InlineData("application/x-www-form-urlencoded; charset=iso-8859-1", "grant_type=client_credentials")]
    [InlineData("not a media type", "grant_type=client_credentials")]
    public async Task TokenRequest_NotAUtf8Form_IsInvalidRequest(string contentType, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, HubTokenServerPaths.Token) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Authorization = GoodBasic;

        using var response = await _hub.Http.SendAsync(request);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task TokenRequest_NoBodyAtAll_IsInvalidRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, HubTokenServerPaths.Token);
        request.Headers.Authorization = GoodBasic;

        using var response = await _hub.Http.SendAsync(request);

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task TokenRequest_InvalidUtf8Body_IsInvalidRequest()
    {
        var body = Encoding.ASCII.GetBytes("grant_type=client_credentials&scope=").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var request = new HttpRequestMessage(HttpMethod.Post, HubTokenServerPaths.Token) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Authorization = GoodBasic;

        using var response = await _hub.Http.SendAsync(request);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("UTF-8", description);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TokenRequest_HugeBody_IsInvalidRequest(bool declaresLength)
    {
        var huge = "grant_type=client_credentials&scope=" + new string('a', 1024 * 1024);
        HttpContent content = declaresLength
            ? new StringContent(huge, Encoding.UTF8, "application/x-www-form-urlencoded")
            : new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, HubTokenServerPaths.Token) { Content = content };
        request.Headers.TransferEncodingChunked = !declaresLength;
        request.Headers.Authorization = GoodBasic;

        using var response = await _hub.Http.SendAsync(request);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("larger than 16384 bytes", description);
    }

    [Fact]
    public async Task TokenRequest_ClientInputInDescription_IsSanitized()
    {
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token,
            Form(("grant_type", "evil\"grant\\\r\nInjected: yes"), ("scope", "household.read")), GoodBasic);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
        Assert.Contains("evil?grant???Injected: yes", description);
    }

    [Fact]
    public async Task TokenEndpoint_Get_IsMethodNotAllowed()
    {
        using var response = await _hub.Http.GetAsync(HubTokenServerPaths.Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
