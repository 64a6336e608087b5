using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Identity.Tests.Support;

namespace IntegrationHub.Identity.Tests;

/// <summary>Random malformed requests to every OAuth endpoint: each is answered with an RFC error code (or, for
/// introspection and revocation of a junk token, 200), never a server error.</summary>
public sealed class MalformedRequestFuzzTests : IAsyncLifetime
{
    private const int RequestsPerEndpoint = 150;

    private static readonly string[] KnownErrors =
        ["invalid_request", "invalid_client", "unauthorized_client", "unsupported_grant_type", "invalid_scope"];

    private static readonly string[] Names =
        ["grant_type", "scope", "client_id", "client_secret", "client_assertion", "client_assertion_type", "token", "token_type_hint", "", "%00", "a=b"];

    private static readonly string[] Values =
    [
        "client_credentials", "household.read", TestHub.BasicClientId, TestHub.BasicClientSecret,
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "eyJhbGciOiJub25lIn0.e30.", "a.b.c", "....",
        "eyJhbGciOiJFUzI1NiIsImtpZCI6IngifQ.eyJzdWIiOiJjb2RpLWhvdXNpbmcifQ.AAAA", "%", "%zz", "%C3%28", "+", "\u0000",
        "ครัวเรือน", new string('x', 5000),
    ];

    private static readonly string?[] AuthorizationHeaders =
    [
        null, "Basic", "Basic ====", "Basic bW9mLXdlbGZhcmU=", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("mof-welfare:%zz")),
        "Bearer x", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestHub.BasicClientId}:{Uri.EscapeDataString(TestHub.BasicClientSecret)}")),
    ];

    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    [Theory]
    [InlineData(HubTokenServerPaths.Token)]
    [InlineData(HubTokenServerPaths.Introspection)]
    [InlineData(HubTokenServerPaths.Revocation)]
    public async Task Endpoint_RandomMalformedRequests_NeverAnswersWithServerError(string path)
    {
        var random = new Random(20261121); // fixed, so a failure can be replayed
        for (var i = 0; i < RequestsPerEndpoint; i++)
        {
            var body = RandomBody(random);
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = random.Next(8) == 0 ? new MediaTypeHeaderValue("text/plain") : new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            var authorization = AuthorizationHeaders[random.Next(AuthorizationHeaders.Length)];
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await _hub.Http.SendAsync(request);

            var text = await response.Content.ReadAsStringAsync();
            var context = $"request {i}: body '{Encoding.UTF8.GetString(body)}', Authorization '{authorization}' gave {(int)response.StatusCode} {text}";
            Assert.True((int)response.StatusCode < 500, context);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.True(KnownErrors.Contains(JsonDocument.Parse(text).RootElement.GetProperty("error").GetString()), context);
            }
        }
    }

    private static byte[] RandomBody(Random random)
    {
        var bytes = new List<byte>();
        var parameters = random.Next(0, 8);
        for (var p = 0; p < parameters; p++)
        {
            if (p > 0)
            {
                bytes.Add((byte)'&');
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(Names[random.Next(Names.Length)]));
            if (random.Next(5) > 0)
            {
                bytes.Add((byte)'=');
                var value = Values[random.Next(Values.Length)];
                bytes.AddRange(Encoding.UTF8.GetBytes(random.Next(2) == 0 ? value : Uri.EscapeDataString(value)));
            }

            if (random.Next(10) == 0)
            {
                bytes.Add((byte)random.Next(256)); // stray byte, often not UTF-8
            }
        }

        return [.. bytes];
    }
}
