namespace IntegrationHub.Policies;

/// <summary>What one client may see on one Asia/Bangkok date: its agency's MOUs in force and what they grant.
/// Each MOU is kept whole, because a request is made under one purpose and so under the one MOU that allows it.</summary>
public sealed class ClientAccess
{
    private readonly ScopeCatalogue _catalogue;

    internal ClientAccess(Client client, Agency agency, DateOnly date, IReadOnlyList<Mou> mousInForce, ScopeCatalogue catalogue)
    {
        Client = client;
        Agency = agency;
        Date = date;
        MousInForce = mousInForce;
        _catalogue = catalogue;
    }

    /// <summary>The client.</summary>
    public Client Client { get; }

    /// <summary>The agency it acts for.</summary>
    public Agency Agency { get; }

    /// <summary>The Asia/Bangkok date the access was computed for.</summary>
    public DateOnly Date { get; }

    /// <summary>The agency's MOUs in force on <see cref="Date"/>, in id order.</summary>
    public IReadOnlyList<Mou> MousInForce { get; }

    /// <summary>True when no MOU is in force: the client may authenticate but sees nothing.</summary>
    public bool IsEmpty => MousInForce.Count == 0;

    /// <summary>Every purpose the client may declare today.</summary>
    public IReadOnlyList<string> Purposes => Distinct(MousInForce.SelectMany(mou => mou.Purposes));

    /// <summary>Every scope granted by some MOU in force; what a token for this client may carry today.</summary>
    public IReadOnlyList<string> Scopes => Distinct(MousInForce.SelectMany(mou => mou.Scopes));

    /// <summary>The MOU a request declaring <paramref name="purpose"/> is made under, or null when no MOU in force
    /// allows that purpose. At most one can: the loader rejects MOUs of one grantee that share a purpose on
    /// overlapping dates.</summary>
    public Mou? MouFor(string purpose) =>
        MousInForce.SingleOrDefault(mou => mou.Purposes.Contains(purpose, StringComparer.Ordinal));

    /// <summary>The field coordinates <paramref name="mou"/> opens, each with its scope and mask (null: in full).</summary>
    public IReadOnlyList<GrantedField> FieldsGrantedBy(Mou mou) =>
        mou.Scopes
            .Select(name => _catalogue.FindScope(name)!)
            .SelectMany(scope => scope.Fields, (scope, field) => new GrantedField(field, scope, mou.MaskFor(field)))
            .OrderBy(granted => granted.Coordinate, StringComparer.Ordinal)
            .ToList();

    /// <summary>The latest last day among the MOUs in force: until when the client sees anything, if nothing changes.</summary>
    public DateOnly? AccessEnds => MousInForce.Count == 0 ? null : MousInForce.Max(mou => mou.EffectiveTo);

    private static string[] Distinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
