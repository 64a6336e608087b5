using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Validation;

/// <summary>Checks a token's <c>nbf</c> and <c>exp</c> (RFC 7519 sections 4.1.4 and 4.1.5) against the hub's
/// <see cref="TimeProvider"/>, so that every time decision in the hub reads one clock (and tests can move it).</summary>
internal static class ClockLifetimeValidator
{
    public static LifetimeValidator For(TimeProvider clock, TimeSpan skew) => (notBefore, expires, _, _) =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no exp claim.");
        }

        if (notBefore is { } start && start > now + skew)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = start };
        }

        if (expires.Value < now - skew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    };
}
