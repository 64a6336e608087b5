using IntegrationHub.Identity.State;
using IntegrationHub.Identity.Validation;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Clients;

/// <summary>Checks a <c>private_key_jwt</c> client assertion (RFC 7523 section 3) against the client's registered
/// public keys, and accepts each assertion once.</summary>
internal sealed class ClientAssertionValidator(
    IOptions<HubTokenOptions> options,
    IClientAssertionReplayCache replayCache,
    TimeProvider clock)
{
    // Asymmetric algorithms only: a client_secret_jwt (HMAC) assertion would need the secret in clear at the hub.
    public static IReadOnlyList<string> AllowedAlgorithms { get; } =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The <c>sub</c> of a compact signed JWT, read without any check; null when it is no such JWT.</summary>
    public static string? ReadSubject(string assertion)
        => UnverifiedJwt.TryRead(assertion) is { } token ? token.StringClaim(JwtRegisteredClaimNames.Sub) : null;

    /// <summary>Null when the assertion authenticates <paramref name="client"/>; otherwise why it does not.</summary>
    public async ValueTask<string?> ValidateAsync(string assertion, RegisteredClient client, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var issuer = settings.Issuer;
        var parameters = new TokenValidationParameters
        {
            // RFC 7523 section 3, items 1 and 2: iss and sub are both the client_id.
            ValidIssuer = client.ClientId,
            // Item 3: the audience identifies the authorization server: its issuer identifier, or the token
            // endpoint URL, which RFC 7523 also allows.
            ValidAudiences = [issuer, HubTokenServerPaths.Url(issuer, HubTokenServerPaths.Token)],
            // Item 4: exp is required (the lifetime validator refuses a token without it).
            LifetimeValidator = ClockLifetimeValidator.For(clock, settings.ClockSkew),
            RequireSignedTokens = true,
            IssuerSigningKeys = client.PublicKeys,
            ValidAlgorithms = AllowedAlgorithms,
        };

        var result = await _handler.ValidateTokenAsync(assertion, parameters);
        if (!result.IsValid)
        {
            return $"The client assertion is not valid: {Reason(result.Exception)}";
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (token.StringClaim(JwtRegisteredClaimNames.Sub) != client.ClientId)
        {
            return "The client assertion's 'sub' must be the client_id.";
        }

        if (token.ValidTo - clock.GetUtcNow().UtcDateTime > settings.MaxClientAssertionLifetime)
        {
            return $"The client assertion expires more than {settings.MaxClientAssertionLifetime.TotalSeconds} seconds from now; use a shorter lifetime.";
        }

        // Item 7 allows the server to accept each jti once; the hub requires it, so a captured assertion cannot be replayed.
        var tokenId = token.StringClaim(JwtRegisteredClaimNames.Jti);
        if (tokenId is null)
        {
            return "The client assertion has no 'jti' claim.";
        }

        var forgetAfter = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + settings.ClockSkew;
        if (!await replayCache.TryRecordFirstUseAsync(client.ClientId, tokenId, forgetAfter, cancellationToken))
        {
            return "The client assertion was already used; sign a new one with a fresh 'jti' for each request.";
        }

        return null;
    }

    // The library's messages can include internal details; clients get a short reason by the kind of failure.
    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenNotYetValidException => "it is not yet valid.",
        SecurityTokenNoExpirationException => "it has no 'exp' claim.",
        SecurityTokenInvalidAudienceException => "its 'aud' is not the hub's issuer or token endpoint.",
        SecurityTokenInvalidIssuerException => "its 'iss' is not the client_id.",
        SecurityTokenInvalidAlgorithmException => $"it must be signed with one of {string.Join(", ", AllowedAlgorithms)}.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not verify with the client's registered keys.",
        SecurityTokenMalformedException => "it is not a well-formed JWT.",
        _ => "it could not be validated.",
    };
}
