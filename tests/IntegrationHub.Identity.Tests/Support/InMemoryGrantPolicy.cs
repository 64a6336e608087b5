using System.Collections.Concurrent;
using IntegrationHub.Identity.Grants;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>MOUs held in memory, for tests only: each grants scopes to an agency over a period [from, until).</summary>
internal sealed class InMemoryGrantPolicy : IGrantPolicy
{
    private readonly ConcurrentBag<Mou> _mous = [];

    public void Add(string agencyCode, DateTimeOffset from, DateTimeOffset until, params string[] scopes)
        => _mous.Add(new Mou(agencyCode, from, until, scopes));

    public ValueTask<IReadOnlySet<string>> GrantedScopesAsync(string agencyCode, IReadOnlySet<string> requestedScopes, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var granted = _mous
            .Where(mou => mou.AgencyCode == agencyCode && mou.From <= instant && instant < mou.Until)
            .SelectMany(mou => mou.Scopes)
            .Where(requestedScopes.Contains)
            .ToHashSet(StringComparer.Ordinal);
        return ValueTask.FromResult<IReadOnlySet<string>>(granted);
    }

    private sealed record Mou(string AgencyCode, DateTimeOffset From, DateTimeOffset Until, string[] Scopes);
}
