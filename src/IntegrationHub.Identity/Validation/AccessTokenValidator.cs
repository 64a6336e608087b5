using System.Security.Claims;
using IntegrationHub.Identity.Keys;
using IntegrationHub.Identity.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Validation;

/// <summary>Validates bearer access tokens (RFC 9068 section 4): the hub's own, and those of the configured external
/// issuers, turning each into a caller with the claims of <see cref="HubClaimTypes"/>.</summary>
internal sealed class AccessTokenValidator
{
    // Asymmetric algorithms only. Allowing HS256 would let anyone who knows a public key forge tokens by using it
    // as an HMAC secret; "none" is refused by RequireSignedTokens.
    private static readonly string[] HubAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256];
    private static readonly string[] ExternalAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    private readonly HubTokenOptions _options;
    private readonly SigningKeyRing _keyRing;
    private readonly IAccessTokenRevocationList _revocations;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (ExternalIssuerOptions Options, ExternalIssuerKeys Keys)> _externalIssuers;
    private readonly JsonWebTokenHandler _handler = new();

    public AccessTokenValidator(
        IOptions<HubTokenOptions> options,
        SigningKeyRing keyRing,
        IAccessTokenRevocationList revocations,
        TimeProvider clock,
        IHttpClientFactory httpClients,
        IHostEnvironment environment,
        ILogger<AccessTokenValidator> logger)
    {
        _options = options.Value;
        _keyRing = keyRing;
        _revocations = revocations;
        _clock = clock;
        _externalIssuers = _options.ExternalIssuers.ToDictionary(
            issuer => issuer.Issuer,
            issuer => (issuer, new ExternalIssuerKeys(issuer, environment.ContentRootPath, httpClients, clock, logger)),
            StringComparer.Ordinal);
    }

    /// <summary>Validates a token of the hub or of an external issuer, chosen by its (not yet trusted) <c>iss</c>;
    /// the issuer's own keys and rules then decide whether it is trusted.</summary>
    public async Task<AccessTokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var issuer = ReadIssuer(token);
        if (issuer == _options.Issuer)
        {
            return await ValidateHubTokenAsync(token, cancellationToken);
        }

        return issuer is not null && _externalIssuers.TryGetValue(issuer, out var external)
            ? await ValidateExternalTokenAsync(token, external.Options, external.Keys, cancellationToken)
            : AccessTokenValidationResult.Invalid("The token is not a JWT from a trusted issuer.");
    }

    /// <summary>Validates a token the hub issued: signature by a published key, issuer, audience, lifetime,
    /// <c>typ</c>, and that it was not revoked.</summary>
    public async Task<AccessTokenValidationResult> ValidateHubTokenAsync(string token, CancellationToken cancellationToken)
    {
        var parameters = BaseParameters(_options.Issuer, _options.Audience, HubAlgorithms, [HubAccessTokens.TokenType]);
        parameters.IssuerSigningKeys = _keyRing.PublishedFor(ReadKeyId(token)).Select(key => key.PublicKey);
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AccessTokenValidationResult.Invalid(Reason(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var tokenId = jwt.StringClaim(HubClaimTypes.TokenId);
        if (tokenId is null)
        {
            return AccessTokenValidationResult.Invalid("The token has no jti, so whether it was revoked cannot be known.");
        }

        if (await _revocations.IsRevokedAsync(tokenId, cancellationToken))
        {
            return AccessTokenValidationResult.Invalid("The token was revoked.");
        }

        var clientId = jwt.StringClaim(HubClaimTypes.ClientId);
        var agency = jwt.StringClaim(HubClaimTypes.Agency);
        return clientId is null || agency is null
            ? AccessTokenValidationResult.Invalid("The token lacks the client_id or agency claim.")
            : AccessTokenValidationResult.Valid(Caller(jwt, clientId, agency), jwt);
    }

    private async Task<AccessTokenValidationResult> ValidateExternalTokenAsync(
        string token, ExternalIssuerOptions issuer, ExternalIssuerKeys keys, CancellationToken cancellationToken)
    {
        string[] types = issuer.TokenTypes.Count > 0 ? [.. issuer.TokenTypes] : [HubAccessTokens.TokenType];
        var parameters = BaseParameters(issuer.Issuer, issuer.Audience, ExternalAlgorithms, types);
        parameters.IssuerSigningKeys = await keys.GetAsync(ReadKeyId(token), cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AccessTokenValidationResult.Invalid(Reason(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var clientId = jwt.StringClaim(issuer.ClientIdClaim);
        var externalAgency = jwt.StringClaim(issuer.AgencyClaim);
        if (clientId is null)
        {
            return AccessTokenValidationResult.Invalid($"The token lacks the '{issuer.ClientIdClaim}' claim that names the client.");
        }

        // Only mapped values count: the external issuer speaks for the agencies configured for it and no others.
        if (externalAgency is null || !issuer.Agencies.TryGetValue(externalAgency, out var agency))
        {
            return AccessTokenValidationResult.Invalid($"The token's '{issuer.AgencyClaim}' claim names no agency configured for its issuer.");
        }

        return AccessTokenValidationResult.Valid(Caller(jwt, clientId, agency), jwt);
    }

    private TokenValidationParameters BaseParameters(string issuer, string audience, string[] algorithms, string[] types) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        ValidAlgorithms = algorithms,
        ValidTypes = types,
        RequireSignedTokens = true,
        RequireAudience = true,
        LifetimeValidator = ClockLifetimeValidator.For(_clock, _options.ClockSkew),
        AuthenticationType = HubAccessTokens.AuthenticationScheme,
    };

    private static ClaimsIdentity Caller(JsonWebToken jwt, string clientId, string agency)
    {
        var claims = new List<Claim>
        {
            new(HubClaimTypes.Issuer, jwt.Issuer),
            new(HubClaimTypes.ClientId, clientId),
            new(HubClaimTypes.Agency, agency),
        };
        AddIfPresent(claims, HubClaimTypes.Subject, jwt.StringClaim(HubClaimTypes.Subject));
        AddIfPresent(claims, HubClaimTypes.TokenId, jwt.StringClaim(HubClaimTypes.TokenId));
        var scope = jwt.StringClaim(HubClaimTypes.Scope) ?? "";
        claims.AddRange(scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Select(value => new Claim(HubClaimTypes.Scope, value)));
        return new ClaimsIdentity(claims, HubAccessTokens.AuthenticationScheme, HubClaimTypes.ClientId, roleType: null);
    }

    private static void AddIfPresent(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }

    private static string? ReadIssuer(string token) => UnverifiedJwt.TryRead(token)?.StringClaim(HubClaimTypes.Issuer);

    private static string? ReadKeyId(string token)
        => UnverifiedJwt.TryRead(token) is { } jwt && jwt.TryGetHeaderValue<string>(JwtHeaderParameterNames.Kid, out var keyId) ? keyId : null;

    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not yet valid.",
        SecurityTokenInvalidAudienceException => "The token is not meant for this audience.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidTypeException => "The token's typ header is not at+jwt.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not accepted.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature does not verify.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenMalformedException => "The token is not a well-formed JWT.",
        _ => "The token is not valid.",
    };
}
