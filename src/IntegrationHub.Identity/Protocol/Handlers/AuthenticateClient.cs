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
            logger.LogWarning("Client authentication failed: no client {ClientId}", credentials.ClientId);
            context.Reject(OAuthError.InvalidClient(UnknownClientOrWrongSecret));
            return;
        }

        // RFC 6749 section 5.2: an authentication method the client is not registered for is invalid_client.
        if (!client.AuthenticationMethods.Contains(credentials.Method))
        {
            logger.LogWarning("Client {ClientId} used {Method}, which it is not registered for", client.ClientId, credentials.Method.Name());
            context.Reject(OAuthError.InvalidClient($"Client authentication method '{credentials.Method.Name()}' is not allowed for this client."));
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

    private static string? VerifySecret(RegisteredClient client, string secret)
        => client.SecretHash is not null && Policies.ClientSecretHash.Verify(secret, client.SecretHash) ? null : UnknownClientOrWrongSecret;
}
