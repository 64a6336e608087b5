using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity;

/// <summary>Checks <see cref="HubTokenOptions"/> at start-up, so a misconfigured hub refuses to start instead of
/// issuing tokens nobody can validate.</summary>
internal sealed class HubTokenOptionsValidator : IValidateOptions<HubTokenOptions>
{
    private static readonly TimeSpan MaxAccessTokenLifetime = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, HubTokenOptions options)
    {
        var errors = new List<string>();
        var section = HubTokenOptions.SectionName;
        CheckIssuerUrl(errors, $"{section}:Issuer", options.Issuer, allowPath: false);
        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            errors.Add($"{section}:Audience is empty.");
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.AccessTokenLifetime > MaxAccessTokenLifetime)
        {
            errors.Add($"{section}:AccessTokenLifetime is {options.AccessTokenLifetime}; it must be above zero and at most {MaxAccessTokenLifetime}.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyFolder))
        {
            errors.Add($"{section}:KeyFolder is empty.");
        }

        if (options.KeyReloadInterval < TimeSpan.FromSeconds(1) || options.KeyReloadInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{section}:KeyReloadInterval is {options.KeyReloadInterval}; it must be between one second and ten minutes.");
        }

        if (!Keys.SigningAlgorithms.IsSupported(options.SigningAlgorithm))
        {
            errors.Add($"{section}:SigningAlgorithm is '{options.SigningAlgorithm}'; use ES256 or RS256.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{section}:ClockSkew is {options.ClockSkew}; it must be between zero and five minutes.");
        }

        if (options.MaxClientAssertionLifetime <= TimeSpan.Zero || options.MaxClientAssertionLifetime > TimeSpan.FromHours(1))
        {
            errors.Add($"{section}:MaxClientAssertionLifetime is {options.MaxClientAssertionLifetime}; it must be above zero and at most one hour.");
        }

        if (options.MaxRequestBodyBytes < 1024)
        {
            errors.Add($"{section}:MaxRequestBodyBytes is {options.MaxRequestBodyBytes}; client assertions need at least 1024.");
        }

        for (var i = 0; i < options.ExternalIssuers.Count; i++)
        {
            CheckExternalIssuer(errors, $"{section}:ExternalIssuers:{i}", options.ExternalIssuers[i], options.Issuer);
        }

        foreach (var repeated in options.ExternalIssuers.GroupBy(issuer => issuer.Issuer, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            errors.Add($"{section}:ExternalIssuers names issuer '{repeated.Key}' {repeated.Count()} times; name each issuer once.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckExternalIssuer(List<string> errors, string path, ExternalIssuerOptions external, string hubIssuer)
    {
        CheckIssuerUrl(errors, $"{path}:Issuer", external.Issuer, allowPath: true);
        if (string.Equals(external.Issuer, hubIssuer, StringComparison.Ordinal))
        {
            errors.Add($"{path}:Issuer is the hub's own issuer; an external issuer must be another one.");
        }

        if (string.IsNullOrWhiteSpace(external.Audience))
        {
            errors.Add($"{path}:Audience is empty.");
        }

        var hasFile = !string.IsNullOrWhiteSpace(external.JwksFile);
        var hasUrl = !string.IsNullOrWhiteSpace(external.JwksUrl);
        if (hasFile == hasUrl)
        {
            errors.Add($"{path}: give exactly one of JwksFile and JwksUrl.");
        }
        else if (hasUrl)
        {
            CheckIssuerUrl(errors, $"{path}:JwksUrl", external.JwksUrl!, allowPath: true);
        }

        if (external.JwksRefreshInterval < TimeSpan.FromMinutes(1))
        {
            errors.Add($"{path}:JwksRefreshInterval is {external.JwksRefreshInterval}; it must be at least one minute.");
        }

        if (string.IsNullOrWhiteSpace(external.AgencyClaim))
        {
            errors.Add($"{path}:AgencyClaim is empty.");
        }

        if (external.Agencies.Count == 0)
        {
            errors.Add($"{path}:Agencies is empty; map each value of the agency claim to a hub agency code.");
        }

        if (string.IsNullOrWhiteSpace(external.ClientIdClaim))
        {
            errors.Add($"{path}:ClientIdClaim is empty.");
        }
    }

    // RFC 8414 section 2: the issuer is an https URL with no query or fragment. Plain http is allowed for loopback
    // hosts only, where no network sits between the parties (tests, local development).
    private static void CheckIssuerUrl(List<string> errors, string path, string value, bool allowPath)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            errors.Add($"{path} is '{value}'; it must be an absolute URL.");
            return;
        }

        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            errors.Add($"{path} is '{value}'; it must use https (http only for loopback hosts).");
        }

        if (url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            errors.Add($"{path} is '{value}'; it must not have a query or fragment.");
        }

        if (!allowPath && url.AbsolutePath != "/")
        {
            errors.Add($"{path} is '{value}'; the hub's issuer must not have a path, because its endpoints and metadata are served from the root.");
        }
    }
}
