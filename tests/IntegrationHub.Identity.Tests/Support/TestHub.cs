using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using IntegrationHub.Identity.Clients;
using IntegrationHub.Identity.Grants;
using IntegrationHub.Identity.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using IntegrationHub.Policies;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>A hub with the token server and token validation, on a real Kestrel on loopback, with its own clock,
/// clients, MOUs and key folder. Built with the same extension methods the hub's Program uses.</summary>
internal sealed class TestHub : IAsyncDisposable
{
    public const string Audience = "integrationhub-test";
    public const string CallerPath = "/test/caller";
    public const string ExternalJwksPath = "/test/external-jwks";

    public const string BasicClientId = "mof-welfare";
    public const string BasicClientSecret = "correct horse battery staple";
    public const string BasicAgency = "MOF";
    public const string JwtClientId = "codi-housing";
    public const string JwtAgency = "CODI";

    /// <summary>Granted to MOF by an MOU in force for a month.</summary>
    public const string HouseholdScope = "household.read";

    /// <summary>Granted to MOF by an MOU in force for a month.</summary>
    public const string MemberScope = "member.read";

    /// <summary>Granted to MOF by an MOU that ends <see cref="ShortMouLifetime"/> after the hub starts.</summary>
    public const string WelfareScope = "welfare.read";

    /// <summary>Granted by no MOU.</summary>
    public const string HealthScope = "health.read";

    public static readonly TimeSpan ShortMouLifetime = TimeSpan.FromMinutes(30);

    private readonly WebApplication _app;

    private TestHub(WebApplication app, string contentRoot, string issuer, ManualClock clock, ClientKey jwtClientKey)
    {
        _app = app;
        ContentRoot = contentRoot;
        Issuer = issuer;
        Clock = clock;
        JwtClientKey = jwtClientKey;
        Http = new HttpClient { BaseAddress = new Uri(issuer) };
    }

    public string ContentRoot { get; }

    public string KeyFolder => Path.Combine(ContentRoot, "data", "keys");

    public string Issuer { get; }

    public ManualClock Clock { get; }

    public ClientKey JwtClientKey { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The JWK Set served at <see cref="ExternalJwksPath"/>, standing in for an external issuer's.</summary>
    public string ExternalJwksJson { get; set; } = """{"keys":[]}""";

    /// <summary>Starts a hub. <paramref name="settings"/> adds configuration under <c>Hub:Tokens</c>;
    /// <paramref name="contentRoot"/> reuses a previous hub's folder (and so its keys).</summary>
    public static async Task<TestHub> StartAsync(
        Action<Dictionary<string, string?>, string>? settings = null,
        string? contentRoot = null,
        ManualClock? clock = null)
    {
        contentRoot ??= Directory.CreateTempSubdirectory("hub-identity-tests-").FullName;
        clock ??= new ManualClock();
        var port = FreeLoopbackPort();
        var issuer = $"http://127.0.0.1:{port}";
        var configuration = new Dictionary<string, string?>
        {
            ["Hub:Tokens:Issuer"] = issuer,
            ["Hub:Tokens:Audience"] = Audience,
        };
        settings?.Invoke(configuration, issuer);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var jwtClientKey = new ClientKey("codi-key-1");
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IClientDirectory>(StandardClients(jwtClientKey));
        builder.Services.AddSingleton<IGrantPolicy>(StandardMous(clock.GetUtcNow()));
        builder.Services.AddAuthorization();
        builder.AddHubTokenServer();
        builder.AddHubTokenValidation();

        var app = builder.Build();
        TestHub? hub = null;
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHubTokenServer();
        app.MapGet(CallerPath, (ClaimsPrincipal caller) => new CallerView(
            caller.FindFirstValue(HubClaimTypes.ClientId),
            caller.FindFirstValue(HubClaimTypes.Agency),
            caller.FindAll(HubClaimTypes.Scope).Select(claim => claim.Value).Order().ToArray())).RequireAuthorization();
        app.MapGet(ExternalJwksPath, () => Results.Text(hub!.ExternalJwksJson, "application/json"));

        hub = new TestHub(app, contentRoot, issuer, clock, jwtClientKey);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public void DeleteContentRoot() => Directory.Delete(ContentRoot, recursive: true);

    public static AuthenticationHeaderValue Basic(string clientId, string secret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));

    /// <summary>Posts a form to one of the token server's endpoints.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> form, AuthenticationHeaderValue? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = authorization;
        return Http.SendAsync(request);
    }

    /// <summary>A token for the basic client, which must be granted.</summary>
    public async Task<string> TokenForBasicClientAsync(string scope = HouseholdScope)
    {
        using var response = await PostFormAsync(HubTokenServerPaths.Token,
            [new("grant_type", "client_credentials"), new("scope", scope)], Basic(BasicClientId, BasicClientSecret));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client assertion of the JWT client (RFC 7523 section 3) with sound claims, which
    /// <paramref name="change"/> may spoil.</summary>
    public string ClientAssertion(Action<SecurityTokenDescriptor>? change = null, SigningCredentials? signWith = null)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = JwtClientId,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(1),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = JwtClientId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = signWith ?? JwtClientKey.SigningCredentials,
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static IEnumerable<KeyValuePair<string, string>> AssertionForm(string assertion, string scope = HouseholdScope) =>
    [
        new("grant_type", "client_credentials"),
        new("scope", scope),
        new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
        new("client_assertion", assertion),
    ];

    /// <summary>Calls the protected test endpoint with a bearer token.</summary>
    public Task<HttpResponseMessage> CallAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, CallerPath);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    private static InMemoryClientDirectory StandardClients(ClientKey jwtClientKey)
    {
        var clients = new InMemoryClientDirectory();
        clients.Add(new RegisteredClient(BasicClientId, BasicAgency,
            new HashSet<ClientAuthenticationMethod> { ClientAuthenticationMethod.ClientSecretBasic, ClientAuthenticationMethod.ClientSecretPost },
            TestSecrets.Hash(BasicClientSecret), []));
        clients.Add(new RegisteredClient(JwtClientId, JwtAgency,
            new HashSet<ClientAuthenticationMethod> { ClientAuthenticationMethod.PrivateKeyJwt }, null, [jwtClientKey.PublicJwk]));
        return clients;
    }

    private static InMemoryGrantPolicy StandardMous(DateTimeOffset start)
    {
        var mous = new InMemoryGrantPolicy();
        mous.Add(BasicAgency, start.AddDays(-30), start.AddDays(30), HouseholdScope, MemberScope);
        mous.Add(BasicAgency, start.AddDays(-30), start + ShortMouLifetime, WelfareScope);
        mous.Add(JwtAgency, start.AddDays(-30), start.AddDays(30), HouseholdScope);
        return mous;
    }

    // The issuer must be the URL clients reach the hub at (RFC 8414 section 3.3 has clients check it), and options
    // are checked before Kestrel binds. So the OS picks a free loopback port (port 0) first and Kestrel then listens
    // on it.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record CallerView(string? ClientId, string? Agency, string[] Scopes);
}
