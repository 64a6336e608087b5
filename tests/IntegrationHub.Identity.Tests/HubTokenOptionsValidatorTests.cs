using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity.Tests;

/// <summary>Start-up checks of the <c>Hub:Tokens</c> settings.</summary>
public sealed class HubTokenOptionsValidatorTests
{
    private static HubTokenOptions Valid() => new() { Issuer = "https://hub.example.go.th" };

    private static ExternalIssuerOptions ValidExternal() => new()
    {
        Issuer = "https://login.partner.example/realms/x",
        Audience = "integrationhub",
        JwksUrl = "https://login.partner.example/realms/x/certs",
        AgencyClaim = "org",
        Agencies = { ["eef"] = "EEF" },
    };

    private static ExternalIssuerOptions External(Action<ExternalIssuerOptions> change)
    {
        var external = ValidExternal();
        change(external);
        return external;
    }

    private static ValidateOptionsResult Validate(HubTokenOptions options) => new HubTokenOptionsValidator().Validate(null, options);

    [Fact]
    public void Validate_Defaults_WithHttpsIssuer_Succeed() => Assert.True(Validate(Valid()).Succeeded);

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("https://hub.example.go.th/")]
    public void Validate_AcceptableIssuer_Succeeds(string issuer)
        => Assert.True(Validate(new HubTokenOptions { Issuer = issuer }).Succeeded);

    [Theory]
    [InlineData("", "absolute URL")]
    [InlineData("hub.example.go.th", "absolute URL")]
    [InlineData("http://hub.example.go.th", "https")]
    [InlineData("ftp://hub.example.go.th", "https")]
    [InlineData("https://hub.example.go.th?x=1", "query or fragment")]
    [InlineData("https://hub.example.go.th#top", "query or fragment")]
    [InlineData("https://hub.example.go.th/oauth", "must not have a path")]
    public void Validate_BadIssuer_FailsNamingTheSetting(string issuer, string problem)
    {
        var result = Validate(new HubTokenOptions { Issuer = issuer });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.StartsWith("Hub:Tokens:Issuer", StringComparison.Ordinal) && failure.Contains(problem));
    }

    public static TheoryData<string, Action<HubTokenOptions>> BadSettings => new()
    {
        { "Hub:Tokens:Audience", o => o.Audience = " " },
        { "Hub:Tokens:AccessTokenLifetime", o => o.AccessTokenLifetime = TimeSpan.Zero },
        { "Hub:Tokens:AccessTokenLifetime", o => o.AccessTokenLifetime = TimeSpan.FromDays(2) },
        { "Hub:Tokens:KeyFolder", o => o.KeyFolder = "" },
        { "Hub:Tokens:KeyReloadInterval", o => o.KeyReloadInterval = TimeSpan.Zero },
        { "Hub:Tokens:KeyReloadInterval", o => o.KeyReloadInterval = TimeSpan.FromHours(1) },
        { "Hub:Tokens:SigningAlgorithm", o => o.SigningAlgorithm = "HS256" },
        { "Hub:Tokens:SigningAlgorithm", o => o.SigningAlgorithm = "none" },
        { "Hub:Tokens:ClockSkew", o => o.ClockSkew = TimeSpan.FromMinutes(10) },
        { "Hub:Tokens:MaxClientAssertionLifetime", o => o.MaxClientAssertionLifetime = TimeSpan.FromDays(1) },
        { "Hub:Tokens:MaxRequestBodyBytes", o => o.MaxRequestBodyBytes = 10 },
        { "Hub:Tokens:ExternalIssuers:0:Issuer", o => o.ExternalIssuers.Add(External(e => e.Issuer = "http://login.partner.example")) },
        { "Hub:Tokens:ExternalIssuers:0:Issuer is the hub's own", o => o.ExternalIssuers.Add(External(e => e.Issuer = o.Issuer)) },
        { "Hub:Tokens:ExternalIssuers:0:Audience", o => o.ExternalIssuers.Add(External(e => e.Audience = "")) },
        { "Hub:Tokens:ExternalIssuers:0: give exactly one", o => o.ExternalIssuers.Add(External(e => e.JwksUrl = null)) },
        { "Hub:Tokens:ExternalIssuers:0: give exactly one", o => o.ExternalIssuers.Add(External(e => e.JwksFile = "keys.json")) },
        { "Hub:Tokens:ExternalIssuers:0:JwksUrl", o => o.ExternalIssuers.Add(External(e => e.JwksUrl = "http://login.partner.example/certs")) },
        { "Hub:Tokens:ExternalIssuers:0:JwksRefreshInterval", o => o.ExternalIssuers.Add(External(e => e.JwksRefreshInterval = TimeSpan.FromSeconds(5))) },
        { "Hub:Tokens:ExternalIssuers:0:AgencyClaim", o => o.ExternalIssuers.Add(External(e => e.AgencyClaim = "")) },
        { "Hub:Tokens:ExternalIssuers:0:Agencies", o => o.ExternalIssuers.Add(External(e => e.Agencies = [])) },
        { "Hub:Tokens:ExternalIssuers:0:ClientIdClaim", o => o.ExternalIssuers.Add(External(e => e.ClientIdClaim = "")) },
        { "Hub:Tokens:ExternalIssuers names issuer", o => o.ExternalIssuers.AddRange([ValidExternal(), ValidExternal()]) },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Validate_BadSetting_FailsNamingIt(string named, Action<HubTokenOptions> spoil)
    {
        var options = Valid();
        spoil(options);

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.StartsWith(named, StringComparison.Ordinal));
    }
}
