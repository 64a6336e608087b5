using Microsoft.IdentityModel.Tokens;
using IntegrationHub.Policies;

namespace IntegrationHub.Identity.Clients;

/// <summary>A client as registered for an agency: how it may authenticate and the credentials to check.</summary>
/// <param name="ClientId">The client identifier.</param>
/// <param name="AgencyCode">The agency the client acts for; its MOUs decide which scopes the client gets.</param>
/// <param name="AuthenticationMethods">The methods the client may use; any other is refused.</param>
/// <param name="SecretHash">For the secret methods: the secret's hash in the format <see cref="Policies.ClientSecretHash"/>
/// verifies. Never the secret itself.</param>
/// <param name="PublicKeys">For <c>private_key_jwt</c>: the public keys the client's assertions may be signed with.</param>
public sealed record RegisteredClient(
    string ClientId,
    string AgencyCode,
    IReadOnlySet<ClientAuthenticationMethod> AuthenticationMethods,
    string? SecretHash,
    IReadOnlyList<JsonWebKey> PublicKeys);
