namespace IntegrationHub.Policies;

/// <summary>A public key a <c>private_key_jwt</c> client signs its assertions with, as a JSON Web Key (RFC 7517).
/// The loader has checked it carries the members RFC 7518 section 6 requires for its type and no private member.</summary>
/// <param name="KeyId">The <c>kid</c>, which the client's assertion names in its header.</param>
/// <param name="KeyType">The <c>kty</c>: <c>EC</c> or <c>RSA</c>.</param>
/// <param name="Json">The key as a JWK JSON object, ready for a JWT library.</param>
public sealed record PublicJsonWebKey(string KeyId, string KeyType, string Json);
