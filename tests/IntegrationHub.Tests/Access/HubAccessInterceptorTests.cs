using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using IntegrationHub.Access;
using IntegrationHub.Audit;
using IntegrationHub.GraphQL.AspNetCore;
using IntegrationHub.GraphQL.AspNetCore.Execution;
using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.Identity.Validation;
using IntegrationHub.Policies;
using IntegrationHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Tests.Access;

/// <summary>MOU enforcement and audit around GraphQL requests, over the repository's real policies, on Kestrel.</summary>
public sealed class HubAccessInterceptorTests : IAsyncLifetime
{
    private const string Sdl = """
        type Household { id: ID! householdCode: String group: String address: String members: [Member!] }
        type Member { id: ID! nationalId: String firstName: String healthCondition: String }
        type Query { households: [Household!]! }
        """;

    private const string Query = "{ households { id group address members { nationalId firstName healthCondition } } }";

    private readonly AuditStore _store = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLHttp();
        builder.Services.AddSingleton(SdlSchemaBuilder.Build(Sdl, new SchemaBindings().Resolve("Query.households", _ => new ValueTask<object?>(Households))));
        builder.Services.AddSingleton(new PolicySetProvider(
            RepositoryPaths.Combine("policies"), new PolicyLoadOptions(PolicyEnvironment.Production), NullLogger<PolicySetProvider>.Instance));
        builder.Services.AddSingleton(_ => new GroupCommitAuditWriter(_store));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new HubInstance("test-hub"));
        builder.Services.AddSingleton<IGraphQLExecutionInterceptor, HubAccessInterceptor>();
        _app = builder.Build();
        _app.Use((context, next) =>
        {
            // Stands in for token validation: the client and its scopes as the bearer token would carry them.
            var claims = new List<Claim> { new(HubClaimTypes.ClientId, context.Request.Headers["Test-Client"].ToString()), new(HubClaimTypes.TokenId, "jti-test") };
            claims.AddRange(context.Request.Headers["Test-Scopes"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(HubClaimTypes.Scope, s)));
            context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
            return next(context);
        });
        _app.MapGraphQL("/graphql");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Query_EefForItsPurpose_GrantsMasksAndDeniesPerMouAndAuditsIt()
    {
        var response = await PostAsync("eef-cct", "household.profile member.identity", "education-equity-support");

        Assert.Equal((HttpStatusCode)294, response.StatusCode); // data and errors: partial success
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var household = body.RootElement.GetProperty("data").GetProperty("households")[0];
        Assert.Equal("DESTITUTE", household.GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Null, household.GetProperty("address").ValueKind);
        var member = household.GetProperty("members")[0];
        Assert.Equal("*********3451", member.GetProperty("nationalId").GetString()); // keep-last-4
        Assert.Equal("สมชาย", member.GetProperty("firstName").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("healthCondition").ValueKind);

        var errors = body.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => Extension(e, "coordinate") == "Household.address" && Extension(e, "scope") == "household.address" && Extension(e, "code") == "FORBIDDEN_FIELD");
        Assert.Contains(errors, e => Extension(e, "coordinate") == "Member.healthCondition" && Extension(e, "scope") == "member.health");

        var stored = Assert.Single(_store.Events);
        var receipt = body.RootElement.GetProperty("extensions").GetProperty("audit");
        Assert.Equal(stored.Sequence, receipt.GetProperty("sequence").GetInt64());
        Assert.Equal(stored.Hash, receipt.GetProperty("hash").GetString());
        var audited = stored.Event;
        Assert.Equal(("eef-cct", "eef", "MOU-2569-003", "education-equity-support", "partial"), (audited.ClientId, audited.AgencyCode, audited.MouId, audited.Purpose, audited.Outcome));
        Assert.Contains(new AuditedField("Member.nationalId", FieldDecision.Masked, 2), audited.Fields);
        Assert.Contains(new AuditedField("Household.address", FieldDecision.Denied, 0), audited.Fields);
        Assert.Contains(new AuditedField("Household.group", FieldDecision.Granted, 1), audited.Fields);
        Assert.Equal(
            [new AuditSubject("Household", "h-1"), new AuditSubject("Member", "m-1"), new AuditSubject("Member", "m-2")],
            audited.Subjects.OrderBy(s => s.Kind).ThenBy(s => s.Id));
        Assert.StartsWith("sha256:", audited.DocumentHash);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("housing-repair")]
    public async Task Query_PurposeMissingOrNotItsMous_403AndAuditedAsRejected(string? purpose)
    {
        var response = await PostAsync("eef-cct", "household.profile", purpose);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("ACCESS_DENIED", body);
        Assert.DoesNotContain("\"data\"", body);
        Assert.Equal("rejected", Assert.Single(_store.Events).Event.Outcome);
    }

    [Fact]
    public async Task Query_AuditStoreDown_503AndNoData()
    {
        _store.Fail = true;

        var response = await PostAsync("eef-cct", "household.profile member.identity", "education-equity-support");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("AUDIT_UNAVAILABLE", body);
        Assert.DoesNotContain("สมชาย", body);
        Assert.DoesNotContain("\"data\"", body);
    }

    [Fact]
    public async Task Query_200Concurrent_200EventsInAGapFreeValidChain()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            PostAsync("codi-housing", "household.profile", "housing-repair", "{ households { id group } }")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), _store.Events.Select(e => e.Sequence));
        var report = await AuditChainVerifier.VerifyAsync(_store.Events.ToAsyncEnumerable());
        Assert.True(report.IsValid, report.Problem);
    }

    private static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) ? value.GetString() : null;

    private Task<HttpResponseMessage> PostAsync(string client, string scopes, string? purpose, string query = Query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("Test-Client", client);
        request.Headers.Add("Test-Scopes", scopes);
        if (purpose is not null)
        {
            request.Headers.Add(HubAccessInterceptor.PurposeHeader, purpose);
        }

        return _client.SendAsync(request);
    }

    private static readonly object[] Households =
    [
        new
        {
            id = "h-1", householdCode = "4601010101-0001", group = "DESTITUTE", address = "12 หมู่ 3",
            members = new[]
            {
                new { id = "m-1", nationalId = "1101700203451", firstName = "สมชาย", healthCondition = "diabetes" },
                new { id = "m-2", nationalId = "3100600123458", firstName = "สมหญิง", healthCondition = "none" },
            },
        },
    ];

    /// <summary>An audit store in memory, which can be made to fail.</summary>
    private sealed class AuditStore : IAuditEventStore
    {
        private readonly Lock _gate = new();
        private readonly List<SealedAuditEvent> _events = [];

        public bool Fail { get; set; }

        public IReadOnlyList<SealedAuditEvent> Events
        {
            get
            {
                lock (_gate)
                {
                    return [.. _events];
                }
            }
        }

        public Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return Task.FromResult(_events.LastOrDefault());
            }
        }

        public Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (Fail)
                {
                    throw new IOException("audit disk unavailable");
                }

                _events.AddRange(batch);
                return Task.CompletedTask;
            }
        }
    }
}
