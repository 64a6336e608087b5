using IntegrationHub.Identity.Clients;
using IntegrationHub.Policies;

namespace IntegrationHub.Identity.Protocol;

/// <summary>The credentials a request presents, read but not yet checked. Exactly one method per request
/// (RFC 6749 section 2.3).</summary>
/// <param name="Method">How the client authenticates.</param>
/// <param name="ClientId">The client the request claims to come from.</param>
/// <param name="Secret">The secret, for the two secret methods.</param>
/// <param name="Assertion">The JWT, for <c>private_key_jwt</c>.</param>
internal sealed record PresentedClientCredentials(ClientAuthenticationMethod Method, string ClientId, string? Secret, string? Assertion);
