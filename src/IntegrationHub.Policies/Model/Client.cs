namespace IntegrationHub.Policies;

/// <summary>An OAuth client of a partner agency (RFC 6749, section 2).</summary>
/// <param name="Id">The <c>client_id</c>.</param>
/// <param name="AgencyCode">The agency the client acts for.</param>
/// <param name="Authentication">How it authenticates at the token endpoint.</param>
/// <param name="SecretHash">For the secret methods, the secret's hash in <see cref="ClientSecretHash"/> format; else null.</param>
/// <param name="PublicKeys">For <c>private_key_jwt</c>, its public keys; else empty.</param>
/// <param name="IsDevelopmentOnly">True for the demo clients of <c>dev-clients.yaml</c>, which load only in Development.</param>
public sealed record Client(
    string Id,
    string AgencyCode,
    ClientAuthenticationMethod Authentication,
    string? SecretHash,
    IReadOnlyList<PublicJsonWebKey> PublicKeys,
    bool IsDevelopmentOnly)
{
    /// <summary>Checks a presented secret against this client's hash in constant time; false for a key-based client.</summary>
    public bool VerifySecret(string presentedSecret) =>
        SecretHash is not null && ClientSecretHash.Verify(presentedSecret, SecretHash);
}
