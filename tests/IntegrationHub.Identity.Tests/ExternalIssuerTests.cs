using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests;

/// <summary>Access tokens of an external issuer named in configuration, its keys read from a file or a URL, its
/// organisation claim mapped onto hub agencies.</summary>
public sealed class ExternalIssuerTests
{
    private const string ExternalIssuer = "https://login.partner.example/realms/agencies";
    private const string ExternalAudience = "integrationhub";

    private static readonly ClientKey ExternalKey = new("partner-key-1");

    private static string Jwks(params ClientKey[] keys) => JsonSerializer.Serialize(new
    {
        keys = keys.Select(key => new { kty = "EC", crv = "P-256", x = key.PublicJwk.X, y = key.PublicJwk.Y, kid = key.KeyId, use = "sig", alg = "ES256" }),
    });

    private static Task<TestHub> StartWithFileAsync(params (string Key, string Value)[] extra)
    {
        var contentRoot = Directory.CreateTempSubdirectory("hub-identity-tests-").FullName;
        File.WriteAllText(Path.Combine(contentRoot, "partner-jwks.json"), Jwks(ExternalKey));
        return TestHub.StartAsync((settings, _) =>
        {
            Configure(settings);
            settings["Hub:Tokens:ExternalIssuers:0:JwksFile"] = "partner-jwks.json";
            foreach (var (key, value) in extra)
            {
                settings[$"Hub:Tokens:ExternalIssuers:0:{key}"] = value;
            }
        }, contentRoot);
    }

    private static void Configure(Dictionary<string, string?> settings)
    {
        settings["Hub:Tokens:ExternalIssuers:0:Issuer"] = ExternalIssuer;
        settings["Hub:Tokens:ExternalIssuers:0:Audience"] = ExternalAudience;
        settings["Hub:Tokens:ExternalIssuers:0:AgencyClaim"] = "org";
        settings["Hub:Tokens:ExternalIssuers:0:Agencies:eef-th"] = "EEF";
        settings["Hub:Tokens:ExternalIssuers:0:ClientIdClaim"] = "azp";
    }

    private static string ExternalToken(TestHub hub, Action<SecurityTokenDescriptor>? change = null, ClientKey? key = null)
    {
        var now = hub.Clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            TokenType = "at+jwt",
            Issuer = ExternalIssuer,
            Audience = ExternalAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "service-account-eef",
                ["azp"] = "eef-student-system",
                ["org"] = "eef-th",
                ["scope"] = "student.read household.read",
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = (key ?? ExternalKey).SigningCredentials,
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static async Task<HttpStatusCode> StatusAsync(TestHub hub, string token)
    {
        using var response = await hub.CallAsync(token);
        return response.StatusCode;
    }

    private static async Task StopAsync(TestHub hub)
    {
        await hub.DisposeAsync();
        hub.DeleteContentRoot();
    }

    [Fact]
    public async Task ExternalToken_MappedAgency_AuthenticatesAsThatHubAgency()
    {
        var hub = await StartWithFileAsync();
        try
        {
            using var response = await hub.CallAsync(ExternalToken(hub));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var caller = await response.Content.ReadFromJsonAsync<TestHub.CallerView>();
            Assert.Equal("eef-student-system", caller!.ClientId);
            Assert.Equal("EEF", caller.Agency);
            Assert.Equal(["household.read", "student.read"], caller.Scopes);
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    public static TheoryData<string, Action<SecurityTokenDescriptor>> SpoiledExternalTokens => new()
    {
        { "agency value not mapped", d => d.Claims["org"] = "mof-th" },
        { "no agency claim", d => d.Claims.Remove("org") },
        { "no client claim", d => d.Claims.Remove("azp") },
        { "wrong audience", d => d.Audience = "another-api" },
        { "expired", d => { d.IssuedAt = d.NotBefore = d.IssuedAt!.Value.AddHours(-1); d.Expires = d.IssuedAt.Value.AddMinutes(5); } },
        { "typ JWT, not at+jwt", d => d.TokenType = "JWT" },
        { "hub's issuer, external key", d => d.Issuer = "http://127.0.0.1" },
    };

    [Theory]
    [MemberData(nameof(SpoiledExternalTokens))]
    public async Task ExternalToken_Spoiled_IsRefused(string spoiled, Action<SecurityTokenDescriptor> spoil)
    {
        var hub = await StartWithFileAsync();
        try
        {
            Assert.True(await StatusAsync(hub, ExternalToken(hub, spoil)) == HttpStatusCode.Unauthorized, spoiled);
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalToken_ClaimingHubIssuerSignedWithExternalKey_IsRefused()
    {
        var hub = await StartWithFileAsync();
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, ExternalToken(hub, d => d.Issuer = hub.Issuer)));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalToken_SignedByKeyNotInItsJwks_IsRefused()
    {
        var hub = await StartWithFileAsync();
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, ExternalToken(hub, key: new ClientKey(ExternalKey.KeyId))));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalToken_WithConfiguredPlainJwtType_IsAccepted()
    {
        var hub = await StartWithFileAsync(("TokenTypes:0", "JWT"));
        try
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, ExternalToken(hub, d => d.TokenType = "JWT")));
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, ExternalToken(hub)));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalToken_IsNotActiveAtTheHubsIntrospection()
    {
        var hub = await StartWithFileAsync();
        try
        {
            using var response = await hub.PostFormAsync(HubTokenServerPaths.Introspection, [new("token", ExternalToken(hub))],
                TestHub.Basic(TestHub.BasicClientId, TestHub.BasicClientSecret));

            Assert.False((await OAuthAssert.SuccessAsync(response)).GetProperty("active").GetBoolean());
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalToken_KeysFromUrl_AreFetchedAndRefetchedWhenIssuerRotates()
    {
        var hub = await TestHub.StartAsync((settings, issuer) =>
        {
            Configure(settings);
            settings["Hub:Tokens:ExternalIssuers:0:JwksUrl"] = issuer + TestHub.ExternalJwksPath;
        });
        try
        {
            hub.ExternalJwksJson = Jwks(ExternalKey);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, ExternalToken(hub)));

            // The issuer rotates to a new key; tokens with its kid make the hub fetch again, at most once a minute.
            var rotated = new ClientKey("partner-key-2");
            hub.ExternalJwksJson = Jwks(ExternalKey, rotated);
            hub.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, ExternalToken(hub, key: rotated)));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalToken_UnknownKidWithinAMinuteOfLastFetch_DoesNotRefetch()
    {
        var hub = await TestHub.StartAsync((settings, issuer) =>
        {
            Configure(settings);
            settings["Hub:Tokens:ExternalIssuers:0:JwksUrl"] = issuer + TestHub.ExternalJwksPath;
        });
        try
        {
            hub.ExternalJwksJson = Jwks(ExternalKey);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, ExternalToken(hub)));
            var rotated = new ClientKey("partner-key-2");
            hub.ExternalJwksJson = Jwks(ExternalKey, rotated);

            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, ExternalToken(hub, key: rotated)));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalIssuer_JwksUrlUnreachable_RefusesTokensWithoutServerError()
    {
        var hub = await TestHub.StartAsync((settings, _) =>
        {
            Configure(settings);
            settings["Hub:Tokens:ExternalIssuers:0:JwksUrl"] = "http://127.0.0.1:9/jwks.json";
        });
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, ExternalToken(hub)));
        }
        finally
        {
            await StopAsync(hub);
        }
    }

    [Fact]
    public async Task ExternalIssuer_JwksNotJson_RefusesTokensWithoutServerError()
    {
        var hub = await TestHub.StartAsync((settings, issuer) =>
        {
            Configure(settings);
            settings["Hub:Tokens:ExternalIssuers:0:JwksUrl"] = issuer + TestHub.ExternalJwksPath;
        });
        try
        {
            hub.ExternalJwksJson = "<html>not a key set</html>";
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, ExternalToken(hub)));
        }
        finally
        {
            await StopAsync(hub);
        }
    }
}
