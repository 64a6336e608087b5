using System.Text.Json.Serialization;
using IntegrationHub.Identity.Clients;
using IntegrationHub.Policies;

namespace IntegrationHub.Identity.Protocol;

/// <summary>The authorization server metadata (RFC 8414 section 2) that lets a client configure itself from the
/// issuer URL alone.</summary>
internal sealed record AuthorizationServerMetadata
{
    private static readonly string[] AuthenticationMethods =
        [.. Enum.GetValues<ClientAuthenticationMethod>().Select(method => method.Name())];

    private static readonly string[] AssertionAlgorithms = [.. ClientAssertionValidator.AllowedAlgorithms];

    [JsonPropertyName("issuer")]
    public required string Issuer { get; init; }

    [JsonPropertyName("token_endpoint")]
    public required string TokenEndpoint { get; init; }

    [JsonPropertyName("jwks_uri")]
    public required string JwksUri { get; init; }

    [JsonPropertyName("introspection_endpoint")]
    public required string IntrospectionEndpoint { get; init; }

    [JsonPropertyName("revocation_endpoint")]
    public required string RevocationEndpoint { get; init; }

    [JsonPropertyName("grant_types_supported")]
    public string[] GrantTypesSupported { get; } = [Handlers.ValidateGrantType.ClientCredentials];

    // RFC 8414 makes this member required; with no authorization endpoint the hub supports no response type.
    [JsonPropertyName("response_types_supported")]
    public string[] ResponseTypesSupported { get; } = [];

    [JsonPropertyName("token_endpoint_auth_methods_supported")]
    public string[] TokenEndpointAuthMethods { get; } = AuthenticationMethods;

    [JsonPropertyName("token_endpoint_auth_signing_alg_values_supported")]
    public string[] TokenEndpointSigningAlgorithms { get; } = AssertionAlgorithms;

    [JsonPropertyName("introspection_endpoint_auth_methods_supported")]
    public string[] IntrospectionAuthMethods { get; } = AuthenticationMethods;

    [JsonPropertyName("introspection_endpoint_auth_signing_alg_values_supported")]
    public string[] IntrospectionSigningAlgorithms { get; } = AssertionAlgorithms;

    [JsonPropertyName("revocation_endpoint_auth_methods_supported")]
    public string[] RevocationAuthMethods { get; } = AuthenticationMethods;

    [JsonPropertyName("revocation_endpoint_auth_signing_alg_values_supported")]
    public string[] RevocationSigningAlgorithms { get; } = AssertionAlgorithms;

    public static AuthorizationServerMetadata For(string issuer) => new()
    {
        Issuer = issuer,
        TokenEndpoint = HubTokenServerPaths.Url(issuer, HubTokenServerPaths.Token),
        JwksUri = HubTokenServerPaths.Url(issuer, HubTokenServerPaths.Jwks),
        IntrospectionEndpoint = HubTokenServerPaths.Url(issuer, HubTokenServerPaths.Introspection),
        RevocationEndpoint = HubTokenServerPaths.Url(issuer, HubTokenServerPaths.Revocation),
    };
}
