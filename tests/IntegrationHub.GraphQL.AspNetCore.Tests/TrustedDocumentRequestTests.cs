using System.Net;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>Requests by <c>documentId</c>, and the per-client "trusted documents only" policy, end to end.</summary>
public sealed class TrustedDocumentRequestTests : IAsyncLifetime
{
    private const string Approved = "query Approved { households { id } }";
    private const string Other = "query Other { members { nationalId } }";
    private static readonly DocumentId ApprovedId = DocumentId.FromText(Approved);
    private static readonly DocumentId OtherId = DocumentId.FromText(Other);

    private readonly TemporaryDirectory _directory = new();
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _directory.Write("approved.graphql", Approved);
        _directory.Write("other.graphql", Other);
        _host = await GraphQLTestHost.StartAsync(
            configure: options => options.ResolveClientId = context => context.Request.Headers["X-Test-Client"].FirstOrDefault(),
            services: services => services
                .AddTrustedDocuments(_directory.Path)
                .AddSingleton<ITrustedDocumentPolicy>(new AnnexPolicy()));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task DocumentId_OfATrustedDocument_RunsItsText()
    {
        var response = await SendAsync("open-client", $$"""{"documentId":"{{ApprovedId}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo");
        Assert.Equal(Approved, echo.GetProperty("query").GetString());
        Assert.True(echo.GetProperty("trusted").GetBoolean());
    }

    [Fact]
    public async Task DocumentId_OverGet_RunsItsText()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={ApprovedId}");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DocumentId_Unknown_Is400PersistedDocumentNotFound()
    {
        var unknown = DocumentId.FromText("{ unknown }");

        var response = await SendAsync("open-client", $$"""{"documentId":"{{unknown}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", await response.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("x-relay:abc")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("sha256:XYZ")]
    public async Task DocumentId_NotSha256_Is422InvalidDocumentId(string documentId)
    {
        var response = await SendAsync("open-client", $$"""{"documentId":"{{documentId}}"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("INVALID_DOCUMENT_ID", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task TrustedOnlyClient_SendingText_Is403()
    {
        var response = await SendAsync("annex-client", $$"""{"query":"{{Approved}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            "The client \"annex-client\" may run trusted documents only: send \"documentId\" instead of \"query\".",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TrustedOnlyClient_SendingAnAllowedId_Runs()
    {
        var response = await SendAsync("annex-client", $$"""{"documentId":"{{ApprovedId}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TrustedOnlyClient_SendingAnotherTrustedId_Is403()
    {
        var response = await SendAsync("annex-client", $$"""{"documentId":"{{OtherId}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task TrustedOnlyClient_SendingAnUnknownId_Is403NotRevealingWhetherItExists()
    {
        var response = await SendAsync("annex-client", $$"""{"documentId":"{{DocumentId.FromText("{ x }")}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TrustedDocument_IsExemptFromTheDocumentLengthLimit()
    {
        await using var host = await GraphQLTestHost.StartAsync(
            configure: options => options.MaxDocumentLength = 10,
            services: services => services.AddTrustedDocuments(_directory.Path));

        var text = await host.PostJsonAsync($$"""{"query":"{{Approved}}"}""");
        var trusted = await host.PostJsonAsync($$"""{"documentId":"{{ApprovedId}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, text.StatusCode);
        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(string clientId, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Test-Client", clientId);
        return _host.Client.SendAsync(request);
    }

    /// <summary>"annex-client" may run the approved document only; every other client anything.</summary>
    private sealed class AnnexPolicy : ITrustedDocumentPolicy
    {
        public ValueTask<DocumentAllowance> GetAllowanceAsync(string? clientId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(clientId == "annex-client"
                ? DocumentAllowance.TrustedDocumentsOnly([ApprovedId])
                : DocumentAllowance.AnyDocument);
    }
}
