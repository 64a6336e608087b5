using System.Net;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>A client restricted to its MOU annex's trusted documents, against the engine: its documents run, and
/// nothing else reaches the parser, however hostile.</summary>
public sealed class TrustedDocumentEngineTests : IAsyncLifetime
{
    private const string Annex = "query AnnexHouseholds($n: Int) { households(first: $n) { id name } }";
    private const string AnnexMutation = "mutation AnnexTouch { touch }";
    private static readonly DocumentId AnnexId = DocumentId.FromText(Annex);
    private static readonly DocumentId AnnexMutationId = DocumentId.FromText(AnnexMutation);

    private readonly TemporaryDirectory _directory = new();
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _directory.Write("annex-households.graphql", Annex);
        _directory.Write("annex-touch.graphql", AnnexMutation);
        _host = await GraphQLTestHost.StartEngineAsync(
            options => options.ResolveClientId = context => context.Request.Headers["X-Test-Client"].FirstOrDefault(),
            services => services
                .AddTrustedDocuments(_directory.Path)
                .AddSingleton<ITrustedDocumentPolicy>(new AnnexOnlyPolicy()));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task AnnexClient_TrustedDocumentWithVariables_RunsOnTheEngine()
    {
        var response = await SendAsync(HttpMethod.Post, "", $$$"""{"documentId":"{{{AnnexId}}}","variables":{"n":1}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"households":[{"id":"1","name":"Household 1"}]}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnnexClient_TrustedDocumentOverGet_Runs()
    {
        var response = await SendAsync(HttpMethod.Get, $"?documentId={AnnexId}&variables=" + Uri.EscapeDataString("""{"n":2}"""), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.ReadJsonAsync()).GetProperty("data").GetProperty("households").GetArrayLength());
    }

    [Fact]
    public async Task AnnexClient_TrustedMutationOverGet_Is405()
    {
        var response = await SendAsync(HttpMethod.Get, $"?documentId={AnnexMutationId}", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("MUTATION_NOT_ALLOWED_OVER_GET", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task AnnexClient_HostileDocumentText_Is403BeforeParsing()
    {
        var bomb = "{ households(first: 1000) { members(first: 1000) { household { members(first: 1000) { name } } } } }";

        var response = await SendAsync(HttpMethod.Post, "", JsonSerializer.Serialize(new { query = bomb }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", await response.ReadErrorCodeAsync());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string queryString, string? body)
    {
        var request = new HttpRequestMessage(method, "/graphql" + queryString);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Add("X-Test-Client", "annex-client");
        return _host.Client.SendAsync(request);
    }

    private sealed class AnnexOnlyPolicy : ITrustedDocumentPolicy
    {
        public ValueTask<DocumentAllowance> GetAllowanceAsync(string? clientId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(DocumentAllowance.TrustedDocumentsOnly([AnnexId, AnnexMutationId]));
    }
}
