namespace IntegrationHub.Policies;

/// <summary>A complete, valid set of policies: what is in force for every client. Immutable; a reload builds a
/// new set.</summary>
public sealed class PolicySet
{
    private readonly Dictionary<string, Agency> _agencies;
    private readonly Dictionary<string, Client> _clients;

    /// <summary>Builds a set from parts the loader has validated together.</summary>
    internal PolicySet(
        ScopeCatalogue catalogue,
        IEnumerable<Agency> agencies,
        IEnumerable<Client> clients,
        IEnumerable<Mou> mous,
        string versionHash,
        IReadOnlyList<string> files)
    {
        Catalogue = catalogue;
        _agencies = agencies.ToDictionary(agency => agency.Code, StringComparer.Ordinal);
        _clients = clients.ToDictionary(client => client.Id, StringComparer.Ordinal);
        Mous = mous.OrderBy(mou => mou.Id, StringComparer.Ordinal).ToList();
        VersionHash = versionHash;
        Files = files;
    }

    /// <summary>The scopes and purposes.</summary>
    public ScopeCatalogue Catalogue { get; }

    /// <summary>The agencies, in code order.</summary>
    public IReadOnlyList<Agency> Agencies => _agencies.Values.OrderBy(agency => agency.Code, StringComparer.Ordinal).ToList();

    /// <summary>The clients, in id order.</summary>
    public IReadOnlyList<Client> Clients => _clients.Values.OrderBy(client => client.Id, StringComparer.Ordinal).ToList();

    /// <summary>Every MOU on file, in force or not, in id order.</summary>
    public IReadOnlyList<Mou> Mous { get; }

    /// <summary>Identifies the exact policy text in force: <c>sha256:</c> and 64 hex digits (see
    /// <see cref="PolicySetHasher"/>). Audit events record it.</summary>
    public string VersionHash { get; }

    /// <summary>The files the set was loaded from, relative to the policy folder, in hashing order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The agency with this code, or null.</summary>
    public Agency? FindAgency(string code) => _agencies.GetValueOrDefault(code);

    /// <summary>The client with this id, or null.</summary>
    public Client? FindClient(string clientId) => _clients.GetValueOrDefault(clientId);

    /// <summary>What <paramref name="clientId"/> may do at <paramref name="instant"/>, or null for an unknown client.
    /// MOUs are judged by the Asia/Bangkok calendar date of the instant.</summary>
    public ClientAccess? AccessFor(string clientId, DateTimeOffset instant)
    {
        if (FindClient(clientId) is not { } client)
        {
            return null;
        }

        var agency = _agencies[client.AgencyCode];
        var today = BangkokCalendar.DateOf(instant);
        var inForce = Mous.Where(mou => mou.Grantee == agency.Code && mou.IsInForceOn(today)).ToList();
        return new ClientAccess(client, agency, today, inForce, Catalogue);
    }
}
