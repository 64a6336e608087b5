namespace IntegrationHub.Policies;

/// <summary>What a request presents: the client its token was issued to, the token's scopes, the purpose the
/// caller declares, and the instant of the request.</summary>
public sealed record AccessClaim(string ClientId, IReadOnlySet<string> TokenScopes, string? Purpose, DateTimeOffset Instant);

/// <summary>Why a request gets no access at all.</summary>
public enum AccessRefusal
{
    /// <summary>The policy set has no such client (it was removed, or is a demo client outside Development).</summary>
    UnknownClient,

    /// <summary>No MOU of the client's agency is in force on the day of the request (Asia/Bangkok).</summary>
    NoMouInForce,

    /// <summary>The request declares no purpose.</summary>
    PurposeMissing,

    /// <summary>No MOU in force allows the declared purpose.</summary>
    PurposeNotAllowed,
}

/// <summary>How one field coordinate is treated for a request.</summary>
public enum FieldDecision
{
    /// <summary>Values are returned as stored.</summary>
    Granted,

    /// <summary>Values are returned through the MOU's mask.</summary>
    Masked,

    /// <summary>The field resolves to null with an error naming the missing scope.</summary>
    Denied,
}

/// <summary>The decision for one coordinate: granted, masked (with the mask) or denied (with the scope that would
/// grant it).</summary>
public sealed record FieldAccess(string Coordinate, FieldDecision Decision, FieldMask? Mask = null, string? MissingScope = null);

/// <summary>The access context of one request, established once per request from the policy set in force (never
/// from what the token says about MOUs): the client's agency, the one MOU that allows the declared purpose and
/// is in force on the day, the scopes both the token carries and that MOU grants, and the area it covers. It is
/// the one place that decides field access.</summary>
public sealed class RequestAccess
{
    private readonly ScopeCatalogue _catalogue;

    private RequestAccess(PolicySet set, ClientAccess access, Mou mou, string purpose, IReadOnlySet<string> scopes)
    {
        _catalogue = set.Catalogue;
        Client = access.Client;
        Agency = access.Agency;
        Mou = mou;
        Purpose = purpose;
        Scopes = scopes;
        PolicyVersion = set.VersionHash;
    }

    /// <summary>The client.</summary>
    public Client Client { get; }

    /// <summary>The client's agency.</summary>
    public Agency Agency { get; }

    /// <summary>The MOU the request is served under.</summary>
    public Mou Mou { get; }

    /// <summary>The declared purpose, one the MOU allows.</summary>
    public string Purpose { get; }

    /// <summary>The scopes in effect: in the token and granted by <see cref="Mou"/>.</summary>
    public IReadOnlySet<string> Scopes { get; }

    /// <summary>The area the MOU covers: records outside it do not exist for this request.</summary>
    public MouArea Area => Mou.Area;

    /// <summary>The version hash of the policy set the decisions were taken under.</summary>
    public string PolicyVersion { get; }

    /// <summary>Establishes the access context for <paramref name="claim"/> under <paramref name="set"/>, or says
    /// why there is none.</summary>
    public static (RequestAccess? Access, AccessRefusal? Refusal, string? Reason) Establish(PolicySet set, AccessClaim claim)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(claim);
        var access = set.AccessFor(claim.ClientId, claim.Instant);
        if (access is null)
        {
            return (null, AccessRefusal.UnknownClient, $"The client \"{claim.ClientId}\" is not in the policy set in force.");
        }

        if (access.IsEmpty)
        {
            return (null, AccessRefusal.NoMouInForce, $"No MOU of agency \"{access.Agency.Code}\" is in force on {access.Date:yyyy-MM-dd}.");
        }

        if (string.IsNullOrWhiteSpace(claim.Purpose))
        {
            return (null, AccessRefusal.PurposeMissing, $"Declare a purpose; allowed: {string.Join(", ", access.Purposes)}.");
        }

        var mou = access.MouFor(claim.Purpose);
        if (mou is null)
        {
            return (null, AccessRefusal.PurposeNotAllowed,
                $"The purpose \"{claim.Purpose}\" is not allowed by an MOU in force; allowed: {string.Join(", ", access.Purposes)}.");
        }

        var scopes = mou.Scopes.Where(claim.TokenScopes.Contains).ToHashSet(StringComparer.Ordinal);
        return (new RequestAccess(set, access, mou, claim.Purpose, scopes), null, null);
    }

    /// <summary>The decision for the field at <paramref name="coordinate"/>. A coordinate no scope guards (the
    /// structure of the schema: connections, page info) is granted; a guarded one is granted when its scope is in
    /// effect, masked when the MOU masks it, and otherwise denied naming the scope.</summary>
    public FieldAccess Decide(string coordinate)
    {
        var scope = _catalogue.ScopeGuarding(coordinate);
        if (scope is null)
        {
            return new FieldAccess(coordinate, FieldDecision.Granted);
        }

        if (!Scopes.Contains(scope.Name))
        {
            return new FieldAccess(coordinate, FieldDecision.Denied, MissingScope: scope.Name);
        }

        return Mou.MaskFor(coordinate) is { } mask
            ? new FieldAccess(coordinate, FieldDecision.Masked, mask)
            : new FieldAccess(coordinate, FieldDecision.Granted);
    }
}
