using System.Text.Json;
using IntegrationHub.Identity.Tests.Support;

namespace IntegrationHub.Identity.Tests;

/// <summary>Authorization server metadata (RFC 8414), served at the OAuth and the OpenID Connect locations.</summary>
public sealed class MetadataTests : IAsyncLifetime
{
    private TestHub _hub = null!;

    public async Task InitializeAsync() => _hub = await TestHub.StartAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _hub.DeleteContentRoot();
    }

    [Fact]
    public async Task OAuthMetadata_DescribesEndpointsAndMethods()
    {
        using var response = await _hub.Http.GetAsync(HubTokenServerPaths.OAuthMetadata);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var metadata = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // RFC 8414 section 3.3: the issuer in the document is exactly the one the client started from.
        Assert.Equal(_hub.Issuer, metadata.GetProperty("issuer").GetString());
        Assert.Equal(_hub.Issuer + "/connect/token", metadata.GetProperty("token_endpoint").GetString());
        Assert.Equal(_hub.Issuer + "/connect/introspect", metadata.GetProperty("introspection_endpoint").GetString());
        Assert.Equal(_hub.Issuer + "/connect/revoke", metadata.GetProperty("revocation_endpoint").GetString());
        Assert.Equal(_hub.Issuer + "/.well-known/jwks.json", metadata.GetProperty("jwks_uri").GetString());
        Assert.Equal(["client_credentials"], Strings(metadata, "grant_types_supported"));
        Assert.Empty(Strings(metadata, "response_types_supported"));
        string[] methods = ["client_secret_basic", "client_secret_post", "private_key_jwt"];
        Assert.Equal(methods, Strings(metadata, "token_endpoint_auth_methods_supported"));
        Assert.Equal(methods, Strings(metadata, "introspection_endpoint_auth_methods_supported"));
        Assert.Equal(methods, Strings(metadata, "revocation_endpoint_auth_methods_supported"));
        Assert.Equal(["RS256", "PS256", "ES256"], Strings(metadata, "token_endpoint_auth_signing_alg_values_supported"));
    }

    [Fact]
    public async Task OpenIdConfiguration_IsTheSameDocument()
    {
        var oauth = await _hub.Http.GetStringAsync(HubTokenServerPaths.OAuthMetadata);
        var openId = await _hub.Http.GetStringAsync(HubTokenServerPaths.OpenIdMetadata);

        Assert.Equal(oauth, openId);
    }

    private static string[] Strings(JsonElement metadata, string member)
        => metadata.GetProperty(member).EnumerateArray().Select(value => value.GetString()!).ToArray();
}
