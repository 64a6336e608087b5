using System.Net;
using System.Text.Json;
using IntegrationHub.Audit;
using IntegrationHub.Data;
using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Tests.Endpoint;

/// <summary>/graphql in the hub as composed for <c>serve</c>, in Development (demo clients and demo households),
/// on SQLite and (where the data layer matters) PostgreSQL, over the repository's policies: tokens, MOU decisions, area, annexes, rate limits and the audit receipt.</summary>
public sealed class GraphQLEndpointTests
{
    private const string Development = "--environment=Development";
    private const string EefPurpose = "education-equity-support";
    private const string EefHouseholds = "{ households(first: 3) { nodes { id householdCode members { nationalId firstName occupation } } } }";

    [Fact]
    public async Task Request_WithoutToken_Is401WithBearerChallenge()
    {
        await using var hub = await HubServer.StartAsync(Development);

        using var response = await hub.PostGraphQLAsync(null, EefPurpose, new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Request_WithForgedToken_Is401()
    {
        await using var hub = await HubServer.StartAsync(Development);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile");

        // One character of the signature changed: the token no longer verifies.
        var forged = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        using var response = await hub.PostGraphQLAsync(forged, EefPurpose, new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Request_EefForItsPurpose_GrantsMasksDeniesAndCarriesAuditReceipt(DatabaseProvider provider)
    {
        await using var hub = await HubServer.StartAsync(provider, Development);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile member.identity");

        using var response = await hub.PostGraphQLAsync(token, EefPurpose, new { query = EefHouseholds });
        using var body = await ReadJsonAsync(response);

        var households = body.RootElement.GetProperty("data").GetProperty("households").GetProperty("nodes");
        Assert.Equal(3, households.GetArrayLength());
        var member = households[0].GetProperty("members")[0];
        // EEF's MOU masks the national ID to its last 4 digits, grants the name, and grants no occupation.
        Assert.Matches("^\\*{9}\\d{4}$", member.GetProperty("nationalId").GetString());
        Assert.False(string.IsNullOrEmpty(member.GetProperty("firstName").GetString()));
        Assert.Equal(JsonValueKind.Null, member.GetProperty("occupation").ValueKind);
        var forbidden = body.RootElement.GetProperty("errors").EnumerateArray()
            .Where(error => error.GetProperty("extensions").GetProperty("code").GetString() == "FORBIDDEN_FIELD")
            .ToList();
        Assert.NotEmpty(forbidden);
        Assert.All(forbidden, error => Assert.Equal("Member.occupation", error.GetProperty("extensions").GetProperty("coordinate").GetString()));
        var receipt = body.RootElement.GetProperty("extensions").GetProperty("audit");
        Assert.True(receipt.GetProperty("sequence").GetInt64() >= 1);
        Assert.Matches("^[0-9a-f]{64}$", receipt.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Request_WithoutPurpose_IsRefusedWithAccessDenied()
    {
        await using var hub = await HubServer.StartAsync(Development);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile");

        using var response = await hub.PostGraphQLAsync(token, purpose: null, new { query = EefHouseholds });
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ACCESS_DENIED", ErrorCode(body));
        Assert.False(body.RootElement.TryGetProperty("data", out _));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Request_KalasinOffice_SeesOnlyHouseholdsInKalasin(DatabaseProvider provider)
    {
        await using var hub = await HubServer.StartAsync(provider, Development);
        var kalasin = await hub.DemoTokenAsync("pso-kalasin-demo", "household.profile");
        var eef = await hub.DemoTokenAsync("eef-demo", "household.profile");
        const string query = "{ households(first: 100) { totalCount nodes { areaCode } } }";

        using var kalasinBody = await ReadJsonAsync(await hub.PostGraphQLAsync(kalasin, "case-management", new { query }));
        using var eefBody = await ReadJsonAsync(await hub.PostGraphQLAsync(eef, EefPurpose, new { query }));

        var kalasinPage = kalasinBody.RootElement.GetProperty("data").GetProperty("households");
        var wholeCountry = eefBody.RootElement.GetProperty("data").GetProperty("households").GetProperty("totalCount").GetInt32();
        var areaCodes = kalasinPage.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("areaCode").GetString()!).ToList();
        Assert.NotEmpty(areaCodes);
        Assert.All(areaCodes, code => Assert.StartsWith("46", code));
        Assert.True(kalasinPage.GetProperty("totalCount").GetInt32() < wholeCountry, "The count must exclude households outside Kalasin.");
    }

    [Fact]
    public async Task Request_OverTheMouRateLimit_Is429WithRetryAfter()
    {
        using var policies = PolicyFolderCopy.Create();
        policies.Edit("mous/eef-poor-children.yaml", "requests: 300", "requests: 2");
        await using var hub = await HubServer.StartAsync(Development, policies.Setting);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile");

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await hub.PostGraphQLAsync(token, EefPurpose, new { query = "{ __typename }" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await hub.PostGraphQLAsync(token, EefPurpose, new { query = "{ __typename }" });
        using var body = await ReadJsonAsync(limited);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say when to come back.");
        Assert.Equal("RATE_LIMITED", ErrorCode(body));
    }

    [Fact]
    public async Task Request_AfterTheMouExpired_LosesItsDataThoughTheTokenIsStillValid()
    {
        using var policies = PolicyFolderCopy.Create();
        await using var hub = await HubServer.StartAsync(Development, policies.Setting);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile");
        using (var before = await hub.PostGraphQLAsync(token, EefPurpose, new { query = EefHouseholds }))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // The MOU officer records that the MOU was terminated early: it ended yesterday (Asia/Bangkok), which is
        // after it was signed and took effect, so the amended file is valid.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-1);
        var mou = File.ReadAllText(Path.Combine(policies.Path, "mous/eef-poor-children.yaml"));
        var to = System.Text.RegularExpressions.Regex.Match(mou, "effective-to: .*").Value;
        policies.Edit("mous/eef-poor-children.yaml", to + "\n", $"effective-to: {yesterday:yyyy-MM-dd}\n");

        var refused = await EventuallyAsync(async () =>
        {
            var response = await hub.PostGraphQLAsync(token, EefPurpose, new { query = EefHouseholds });
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                return response;
            }

            response.Dispose();
            return null;
        });
        using var body = await ReadJsonAsync(refused);

        Assert.Equal("ACCESS_DENIED", ErrorCode(body));
        Assert.False(body.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Request_MouThatRejectsOperations_RefusesAQueryWithAFieldItDoesNotGrant()
    {
        using var policies = PolicyFolderCopy.Create();
        policies.Edit("mous/eef-poor-children.yaml", "rate-limit:", "denied-fields: reject-operation\nrate-limit:");
        await using var hub = await HubServer.StartAsync(Development, policies.Setting);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile member.identity");

        using var response = await hub.PostGraphQLAsync(token, EefPurpose, new { query = EefHouseholds });
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN_FIELD", ErrorCode(body));
        Assert.Contains("Member.occupation", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Request_MofQueryText_IsRefusedBecauseItsMouAnnexListsTheOperations()
    {
        await using var hub = await HubServer.StartAsync(Development);
        var token = await hub.DemoTokenAsync("mof-demo", "household.profile");

        using var response = await hub.PostGraphQLAsync(token, "welfare-card-eligibility", new { query = "{ households(first: 1) { totalCount } }" });
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", ErrorCode(body));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Request_MofAnnexDocumentById_RunsAndReturnsTheWelfareCardList(DatabaseProvider provider)
    {
        await using var hub = await HubServer.StartAsync(provider, Development);
        var token = await hub.DemoTokenAsync("mof-demo", "household.profile member.identity member.birth-date eligibility.welfare-card");
        var annex = File.ReadAllBytes(RepositoryPaths.Combine("policies", "annex", "mof", "welfare-card-eligibility.graphql"));
        var documentId = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(annex));

        using var response = await hub.PostGraphQLAsync(token, "welfare-card-eligibility", new { documentId, variables = new { asOf = "2026-11-21" } });
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = body.RootElement.GetProperty("data").GetProperty("welfareCardEligibility");
        Assert.True(list.GetProperty("totalCount").GetInt32() > 0, "The demo data holds adults eligible for the card.");
        Assert.All(list.GetProperty("nodes").EnumerateArray(), entry => Assert.True(entry.GetProperty("age").GetInt32() >= 18));
        Assert.False(body.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Request_WhenTheAuditStoreCannotCommit_Is503AndReturnsNoData()
    {
        await using var hub = await HubServer.StartAsync(
            services => services.Replace(ServiceDescriptor.Singleton<IAuditEventStore, UnavailableAuditStore>()), Development);
        var token = await hub.DemoTokenAsync("eef-demo", "household.profile member.identity");

        using var response = await hub.PostGraphQLAsync(token, EefPurpose, new { query = EefHouseholds });
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("AUDIT_UNAVAILABLE", ErrorCode(body));
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.DoesNotContain("householdCode", text);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    private static string? ErrorCode(JsonDocument body) =>
        body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>A store whose disk is gone: the chain head reads, but no batch commits.</summary>
    private sealed class UnavailableAuditStore : IAuditEventStore
    {
        public Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken) => Task.FromResult<SealedAuditEvent?>(null);

        public Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken) =>
            throw new AuditUnavailableException("The audit database refused the commit (test).");
    }

    private static async Task<HttpResponseMessage> EventuallyAsync(Func<Task<HttpResponseMessage?>> attempt)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await attempt() is { } response)
            {
                return response;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The hub did not pick up the policy change within 15 seconds.");
    }
}
