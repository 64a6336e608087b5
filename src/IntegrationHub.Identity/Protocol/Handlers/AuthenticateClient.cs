using IntegrationHub.Identity.Clients;
using Microsoft.Extensions.Logging;
using IntegrationHub.Policies;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Checks the presented credentials against the client's registration; every failure is
/// <c>invalid_client</c> (RFC 6749 section 5.2).</summary>
internal sealed class AuthenticateClient(
    IClientDirectory clients,
    ClientAssertionValidator assertionValidator,
    ILogger<AuthenticateClient> logger) : IOAuthRequestHandler
{
    // Secret guessing learns nothing from which check failed: an unknown id and a wrong secret read the same.
    private const string UnknownClientOrWrongSecret = "Client authentication failed: unknown client or wrong secret.";

    public async ValueTask HandleAsync(OAuthRequestContext context)
    {
        var credentials = context.Credentials
            ?? throw new InvalidOperationException("AuthenticateClient ran before ReadClientCredentials.");
        var client = await clients.FindAsync(credentials.ClientId, context.RequestAborted);
        if (client is null)
        {
            // Spend the same work as a real secret check, so response time does not tell which client ids exist.
            if (credentials.Secret is { } secret)
            {
                ClientSecretHash.Verify(secret, TimingDecoy.Value);
            }

            logger.LogWarning("Client authentication failed: no client {ClientId}", credentials.ClientId);
            context.Reject(OAuthError.InvalidClient(UnknownClientOrWrongSecret));
            return;
        }

        // RFC 6749 section 5.2: an authentication method the client is not registered for is invalid_client. The
        // answer is the same as for an unknown client, so it does not reveal that the id exists; the log says why.
        if (!client.AuthenticationMethods.Contains(credentials.Method))
        {
            logger.LogWarning("Client {ClientId} used {Method}, which it is not registered for", client.ClientId, credentials.Method.Name());
            context.Reject(OAuthError.InvalidClient(UnknownClientOrWrongSecret));
            return;
        }

        var failure = credentials.Method == ClientAuthenticationMethod.PrivateKeyJwt
            ? await assertionValidator.ValidateAsync(credentials.Assertion!, client, context.RequestAborted)
            : VerifySecret(client, credentials.Secret!);
        if (failure is not null)
        {
            logger.LogWarning("Client {ClientId} failed {Method} authentication: {Reason}", client.ClientId, credentials.Method.Name(), failure);
            context.Reject(OAuthError.InvalidClient(failure));
            return;
        }

        context.Client = client;
    }

    // A hash of a random secret nobody knows, made once, checked against when the client id is unknown.
    private static readonly Lazy<string> TimingDecoy = new(() => ClientSecretHash.Hash(Guid.NewGuid().ToString("N")));

    private static string? VerifySecret(RegisteredClient client, string secret)
        => client.SecretHash is not null && ClientSecretHash.Verify(secret, client.SecretHash) ? null : UnknownClientOrWrongSecret;
}
