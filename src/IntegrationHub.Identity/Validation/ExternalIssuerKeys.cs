using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Validation;

/// <summary>The signing keys of one external issuer, read from its JWK Set file or URL and read again after the
/// refresh interval, or sooner when a token names a key not yet seen (the issuer rotated).</summary>
internal sealed class ExternalIssuerKeys(
    ExternalIssuerOptions issuer,
    string contentRoot,
    IHttpClientFactory httpClients,
    TimeProvider clock,
    ILogger logger)
{
    // An unknown kid triggers at most one early fetch a minute, so tokens with made-up kids cannot make the hub
    // hammer the issuer.
    private static readonly TimeSpan MinimumRefetchInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _refresh = new(1, 1);

    // Replaced whole, never changed in place, so readers outside the semaphore always see a consistent pair.
    private KeySet _current = new([], DateTimeOffset.MinValue);

    /// <summary>The keys to validate a token with; <paramref name="keyId"/> is the token's <c>kid</c>, if any.</summary>
    public async ValueTask<IReadOnlyList<JsonWebKey>> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (NeedsRead(keyId))
        {
            await _refresh.WaitAsync(cancellationToken);
            try
            {
                if (NeedsRead(keyId))
                {
                    await ReadAsync(cancellationToken);
                }
            }
            finally
            {
                _refresh.Release();
            }
        }

        return _current.Keys;
    }

    private bool NeedsRead(string? keyId)
    {
        var current = _current;
        var age = clock.GetUtcNow() - current.ReadAt;
        var unknownKey = keyId is not null && current.Keys.All(key => key.Kid != keyId);
        return age >= issuer.JwksRefreshInterval || (unknownKey && age >= MinimumRefetchInterval);
    }

    // A failed read keeps the keys already known: a passing outage of the issuer should not log every caller out.
    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var readAt = clock.GetUtcNow();
        _current = _current with { ReadAt = readAt };
        var source = issuer.JwksFile is { Length: > 0 } file ? Path.Combine(contentRoot, file) : issuer.JwksUrl!;
        try
        {
            var json = issuer.JwksFile is { Length: > 0 }
                ? await File.ReadAllTextAsync(source, cancellationToken)
                : await httpClients.CreateClient(HttpClientName).GetStringAsync(source, cancellationToken);
            var keys = new JsonWebKeySet(json).Keys.Where(IsPublicSigningKey).ToList();
            _current = new KeySet(keys, readAt);
            logger.LogInformation("Read {Count} signing keys of issuer {Issuer} from {Source}", keys.Count, issuer.Issuer, source);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or TaskCanceledException
                                              or ArgumentException or JsonException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "Could not read the signing keys of issuer {Issuer} from {Source}", issuer.Issuer, source);
        }
    }

    /// <summary>The named HTTP client that fetches JWK Sets.</summary>
    public const string HttpClientName = "IntegrationHub.Identity.ExternalJwks";

    private sealed record KeySet(IReadOnlyList<JsonWebKey> Keys, DateTimeOffset ReadAt);

    // Only asymmetric keys meant for signatures; a symmetric (oct) key in a published set would be a shared secret.
    private static bool IsPublicSigningKey(JsonWebKey key)
        => key.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve
           && (string.IsNullOrEmpty(key.Use) || key.Use == JsonWebKeyUseNames.Sig);
}
