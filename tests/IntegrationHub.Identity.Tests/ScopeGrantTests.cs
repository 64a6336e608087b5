using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>Scopes come from the MOUs of the client's agency in force when the token is issued.</summary>
public sealed class ScopeGrantTests : IAsyncLifetime
{
    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    private Task<HttpResponseMessage> RequestAsync(string? scope)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (scope is not null)
        {
            form.Add(new("scope", scope));
        }

        return _hub.PostFormAsync(HubTokenServerPaths.Token, form, TestHub.Basic(TestHub.BasicClientId, TestHub.BasicClientSecret));
    }

    [Fact]
    public async Task TokenRequest_ScopeNoMouGrants_IsInvalidScope()
    {
        using var response = await RequestAsync(TestHub.HealthScope);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope");
        Assert.Contains("No MOU of agency 'MOF'", description);
        Assert.Contains(TestHub.HealthScope, description);
    }

    [Fact]
    public async Task TokenRequest_ScopeGrantedToAnotherAgencyOnly_IsInvalidScope()
    {
        // CODI's MOU grants household.read; the JWT client (CODI) asking for MOF's member.read gets nothing.
        using var response = await _hub.PostFormAsync(HubTokenServerPaths.Token, TestHub.AssertionForm(_hub.ClientAssertion(), TestHub.MemberScope));

        await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Fact]
    public async Task TokenRequest_SomeScopesNotGranted_IssuesOnlyTheGrantedOnes()
    {
        using var response = await RequestAsync($"{TestHub.HealthScope} {TestHub.HouseholdScope}");

        var body = await OAuthAssert.SuccessAsync(response);
        Assert.Equal(TestHub.HouseholdScope, body.GetProperty("scope").GetString());
        Assert.Equal(TestHub.HouseholdScope, new JsonWebToken(body.GetProperty("access_token").GetString()).GetPayloadValue<string>("scope"));
    }

    [Fact]
    public async Task TokenRequest_RepeatedScopeValue_IsGrantedOnce()
    {
        using var response = await RequestAsync($"{TestHub.HouseholdScope} {TestHub.HouseholdScope}");

        var body = await OAuthAssert.SuccessAsync(response);
        Assert.Equal(TestHub.HouseholdScope, body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task TokenRequest_NoScope_IsInvalidScope()
    {
        using var response = await RequestAsync(null);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope");
        Assert.Contains("'scope' is missing", description);
    }

    [Theory]
    [InlineData(" household.read")]
    [InlineData("household.read ")]
    [InlineData("household.read  member.read")]
    [InlineData("household.read\tmember.read")]
    [InlineData("household\"read")]
    [InlineData("household\\read")]
    [InlineData("ครัวเรือน")]
    public async Task TokenRequest_MalformedScope_IsInvalidScope(string scope)
    {
        using var response = await RequestAsync(scope);

        var description = await OAuthAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope");
        Assert.Contains("malformed", description);
    }

    [Fact]
    public async Task TokenRequest_AfterMouExpired_LosesThatMousScopes()
    {
        using var before = await RequestAsync($"{TestHub.WelfareScope} {TestHub.HouseholdScope}");
        Assert.Equal($"{TestHub.HouseholdScope} {TestHub.WelfareScope}", (await OAuthAssert.SuccessAsync(before)).GetProperty("scope").GetString());

        _hub.Clock.Advance(TestHub.ShortMouLifetime);

        using var after = await RequestAsync($"{TestHub.WelfareScope} {TestHub.HouseholdScope}");
        Assert.Equal(TestHub.HouseholdScope, (await OAuthAssert.SuccessAsync(after)).GetProperty("scope").GetString());
        using var welfareOnly = await RequestAsync(TestHub.WelfareScope);
        await OAuthAssert.ErrorAsync(welfareOnly, HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Fact]
    public async Task TokenIssuedBeforeMouExpired_StillCarriesItsScopeForPerRequestEnforcement()
    {
        // Field access checks MOUs in force on each request; the token itself records what was granted at issue.
        _hub.Clock.Advance(TestHub.ShortMouLifetime - TimeSpan.FromMinutes(5));
        var token = await _hub.TokenForBasicClientAsync(TestHub.WelfareScope);
        _hub.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await _hub.CallAsync(token);

        var caller = await response.Content.ReadFromJsonAsync<TestHub.CallerView>();
        Assert.Equal([TestHub.WelfareScope], caller!.Scopes);
    }
}
