using System.Text.Json.Serialization;
using IntegrationHub.Identity.Validation;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Answers whether a token is active and, if so, what it says (RFC 7662 section 2.2).</summary>
internal sealed class IntrospectToken(AccessTokenValidator validator) : IOAuthRequestHandler
{
    private static readonly IntrospectionResponse Inactive = new(false);

    public async ValueTask HandleAsync(OAuthRequestContext context)
    {
        var result = await validator.ValidateHubTokenAsync(context.Parameter("token")!, context.RequestAborted);
        var token = result.Token;

        // RFC 7662 section 2.2: an expired, revoked, unknown or malformed token is simply inactive. Section 4: the
        // server may refuse to tell a client about tokens that are not its own; the hub does, so one agency
        // cannot learn about another agency's tokens.
        if (token is null || token.StringClaim(HubClaimTypes.ClientId) != context.AuthenticatedClient.ClientId)
        {
            context.Complete(OAuthResponse.Ok(Inactive));
            return;
        }

        context.Complete(OAuthResponse.Ok(new IntrospectionResponse(true)
        {
            Scope = token.StringClaim(HubClaimTypes.Scope),
            ClientId = token.StringClaim(HubClaimTypes.ClientId),
            Agency = token.StringClaim(HubClaimTypes.Agency),
            TokenType = "Bearer",
            ExpiresAt = ToUnixSeconds(token.ValidTo),
            IssuedAt = ToUnixSeconds(token.IssuedAt),
            NotBefore = ToUnixSeconds(token.ValidFrom),
            Subject = token.Subject,
            Audience = token.Audiences.FirstOrDefault(),
            Issuer = token.Issuer,
            TokenId = token.Id,
        }));
    }

    private static long ToUnixSeconds(DateTime instant) => new DateTimeOffset(instant, TimeSpan.Zero).ToUnixTimeSeconds();

    private sealed record IntrospectionResponse([property: JsonPropertyName("active")] bool Active)
    {
        [JsonPropertyName("scope")]
        public string? Scope { get; init; }

        [JsonPropertyName("client_id")]
        public string? ClientId { get; init; }

        [JsonPropertyName("agency")]
        public string? Agency { get; init; }

        [JsonPropertyName("token_type")]
        public string? TokenType { get; init; }

        [JsonPropertyName("exp")]
        public long? ExpiresAt { get; init; }

        [JsonPropertyName("iat")]
        public long? IssuedAt { get; init; }

        [JsonPropertyName("nbf")]
        public long? NotBefore { get; init; }

        [JsonPropertyName("sub")]
        public string? Subject { get; init; }

        [JsonPropertyName("aud")]
        public string? Audience { get; init; }

        [JsonPropertyName("iss")]
        public string? Issuer { get; init; }

        [JsonPropertyName("jti")]
        public string? TokenId { get; init; }
    }
}
