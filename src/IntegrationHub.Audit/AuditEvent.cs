using IntegrationHub.Policies;

namespace IntegrationHub.Audit;

/// <summary>What the hub records about one request, before any of its data leaves (modelled on FHIR AuditEvent
/// and X-Road's message log): who asked, under which MOU and purpose, what they asked, which field coordinates
/// were granted, masked or denied and how many values each returned, whose data was returned, and how it ended.</summary>
public sealed record AuditEvent
{
    /// <summary>When the request was received.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The request id, as in the response header and the logs.</summary>
    public required string RequestId { get; init; }

    /// <summary>The hub instance that served the request.</summary>
    public required string HubInstance { get; init; }

    /// <summary>The OAuth client; null when the request was not authenticated.</summary>
    public string? ClientId { get; init; }

    /// <summary>The client's agency.</summary>
    public string? AgencyCode { get; init; }

    /// <summary>The MOU the request was served under.</summary>
    public string? MouId { get; init; }

    /// <summary>The purpose the caller declared.</summary>
    public string? Purpose { get; init; }

    /// <summary>The access token's <c>jti</c>.</summary>
    public string? TokenId { get; init; }

    /// <summary>The operation's name, when it has one.</summary>
    public string? OperationName { get; init; }

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>; empty when no operation was chosen.</summary>
    public required string OperationType { get; init; }

    /// <summary>SHA-256 of the document text (<c>sha256:&lt;hex&gt;</c>).</summary>
    public required string DocumentHash { get; init; }

    /// <summary>SHA-256 of the variables as received; null when there were none.</summary>
    public string? VariablesHash { get; init; }

    /// <summary>The version hash of the policy set in force.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>Each field coordinate the operation touched, with its decision and the values returned.</summary>
    public IReadOnlyList<AuditedField> Fields { get; init; } = [];

    /// <summary>The households and members whose data was returned.</summary>
    public IReadOnlyList<AuditSubject> Subjects { get; init; } = [];

    /// <summary>What a mutation changed.</summary>
    public IReadOnlyList<AuditChange> Changes { get; init; } = [];

    /// <summary>How the request ended: <c>success</c>, <c>partial</c> (data and errors), <c>rejected</c> (no data).</summary>
    public required string Outcome { get; init; }
}

/// <summary>One field coordinate of a request: <c>Member.nationalId</c>, its decision, and how many values it returned.</summary>
public sealed record AuditedField(string Coordinate, FieldDecision Decision, long ValueCount);

/// <summary>A data subject whose data a request returned: <c>Household</c> or <c>Member</c>, and its id.</summary>
public sealed record AuditSubject(string Kind, string Id);

/// <summary>A change a mutation made: the entity, its id, and the action (<c>created</c>, <c>accepted</c>, ...).</summary>
public sealed record AuditChange(string Entity, string Id, string Action);
