using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Api.Access;
using IntegrationHub.Audit;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Execution;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.Identity.Validation;
using IntegrationHub.Policies;

namespace IntegrationHub.Access;

/// <summary>MOU enforcement and audit around every GraphQL request. Before execution: the access context of the
/// moment (<see cref="RequestAccess"/>: the client's MOU for the declared purpose, in force today, re-checked
/// per request and never trusted from the token), and one decision per field coordinate of the operation plan,
/// applied as field middleware (denied: null with a FORBIDDEN_FIELD error naming the coordinate and scope; masked:
/// the MOU's mask). After execution, before any byte leaves: one audit event, durably committed (fail closed: no
/// commit, 503 and no data), whose receipt the response carries in <c>extensions.audit</c>. A mutation's changes
/// commit before that event can, so its event is also drafted for the mutations to stage with their changes
/// (<see cref="AuditOutbox"/>); the staged copy is cleared once the event commits, and recovered if it never does
/// (<see cref="AuditOutboxRecovery"/>).</summary>
public sealed class HubAccessInterceptor(
    GraphQL.Types.Schema schema,
    PolicySetProvider policies,
    GroupCommitAuditWriter audit,
    TimeProvider clock,
    HubInstance instance,
    ILogger<HubAccessInterceptor> logger) : IGraphQLExecutionInterceptor
{
    /// <summary>The request header in which the caller declares its purpose (one its MOU allows).</summary>
    public const string PurposeHeader = "Purpose";

    /// <inheritdoc />
    public async ValueTask<ExecutionInterception> BeginAsync(GraphQLExecutionRequest request, OperationPlan plan, CancellationToken cancellationToken)
    {
        var user = request.HttpContext.User;
        var claim = new AccessClaim(
            user.FindFirstValue(HubClaimTypes.ClientId) ?? "",
            user.FindAll(HubClaimTypes.Scope).Select(scope => scope.Value).ToHashSet(StringComparer.Ordinal),
            request.HttpContext.Request.Headers[PurposeHeader].FirstOrDefault(),
            clock.GetUtcNow());
        var set = policies.Current;
        var (access, refusal, reason) = RequestAccess.Establish(set, claim);
        var record = new AuditRecord(request, plan, claim, set.VersionHash, instance.Name, user.FindFirstValue(HubClaimTypes.TokenId));
        if (access is null)
        {
            // Refused requests are audited too: who tried, when, and why they got nothing.
            var committed = await record.CommitAsync(audit, "rejected", access: null, decisions: [], observer: null);
            return committed is null
                ? ExecutionInterception.Refuse(AuditUnavailable())
                : ExecutionInterception.Refuse(new GraphQLRequestError(RequestFailure.Forbidden, AccessErrorCodes.AccessDenied, $"{reason} ({refusal})"));
        }

        var decisions = plan.Coordinates.Select(access.Decide).ToList();
        var denied = decisions.Where(d => d.Decision == FieldDecision.Denied).ToList();
        if (denied.Count > 0 && access.Mou.DeniedFields == DeniedFieldHandling.RejectOperation)
        {
            var committed = await record.CommitAsync(audit, "rejected", access, decisions, observer: null);
            return committed is null
                ? ExecutionInterception.Refuse(AuditUnavailable())
                : ExecutionInterception.Refuse(new GraphQLRequestError(RequestFailure.Forbidden, AccessErrorCodes.ForbiddenField,
                    $"MOU {access.Mou.Id} refuses operations that select fields it does not grant: " +
                    string.Join(", ", denied.Select(d => $"{d.Coordinate} (needs scope \"{d.MissingScope}\")")) + "."));
        }

        // Resolvers act as this agency and read only rows inside the MOU's area (Api's RequestCaller).
        request.HttpContext.RequestServices.GetService<RequestCaller>()?.Establish(claim.ClientId, access.Agency.Code, AreaOf(access.Area));
        var middleware = new FieldMiddlewareMap(schema);
        foreach (var decision in decisions)
        {
            switch (decision.Decision)
            {
                case FieldDecision.Denied:
                    middleware.Use(decision.Coordinate, (_, _) => throw Forbidden(access, decision));
                    break;
                case FieldDecision.Masked:
                    var mask = decision.Mask!;
                    middleware.Use(decision.Coordinate, async (context, next) =>
                        await next(context) is { } value ? mask.Apply(Convert.ToString(value, CultureInfo.InvariantCulture)!) : null);
                    break;
            }
        }

        var changes = request.HttpContext.RequestServices.GetService<RequestChanges>();
        if (plan.Operation.Operation == OperationType.Mutation)
        {
            // What the trail must say if the changes commit and this request's event then cannot: the fields were
            // decided, but no value and no subject left (the response is withheld).
            changes?.DraftWith(record.Event(AuditOutbox.RecoveredOutcome, access, decisions, observer: null));
        }

        var observer = new AccessObserver();
        return ExecutionInterception.Proceed(middleware, observer, async (result, token) =>
        {
            var outcome = result.Errors.Count == 0 ? "success" : "partial";
            var receipt = await record.CommitAsync(audit, outcome, access, decisions, observer);
            if (receipt is not null && changes is { All.Count: > 0 })
            {
                await ClearStagedAsync(request, changes.StagingKey, token);
            }

            return receipt is null
                ? ExecutionCompletion.Withhold(AuditUnavailable())
                : ExecutionCompletion.Send(new Dictionary<string, object?>
                {
                    ["audit"] = new Dictionary<string, object?>
                    {
                        ["eventId"] = receipt.EventId.ToString(),
                        ["sequence"] = receipt.Sequence,
                        ["hash"] = receipt.Hash,
                    },
                });
        });
    }

    /// <summary>Deletes the staged copy of a committed event. If that fails, the copy stays until recovery finds
    /// the event recorded and deletes it then; the response is not held back for it.</summary>
    private async Task ClearStagedAsync(GraphQLExecutionRequest request, Guid stagingKey, CancellationToken cancellationToken)
    {
        try
        {
            await AuditOutbox.ClearAsync(request.HttpContext.RequestServices.GetRequiredService<HubDbContext>(), stagingKey, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            logger.LogWarning(exception, "The staged audit copy of request {RequestId} could not be cleared; recovery will clear it", request.HttpContext.TraceIdentifier);
        }
    }

    private static CallerArea AreaOf(MouArea area) => area.IsWholeCountry
        ? CallerArea.WholeCountry
        : CallerArea.Of([.. area.Provinces, .. area.Districts, .. area.Subdistricts]);

    private static FieldErrorException Forbidden(RequestAccess access, FieldAccess decision) => new(
        $"Field \"{decision.Coordinate}\" is not granted to {access.Client.Id} under MOU {access.Mou.Id}: it needs scope \"{decision.MissingScope}\".",
        code: AccessErrorCodes.ForbiddenField,
        extensions: new Dictionary<string, object?> { ["coordinate"] = decision.Coordinate, ["scope"] = decision.MissingScope });

    private static GraphQLRequestError AuditUnavailable() => new(
        RequestFailure.ServiceUnavailable,
        AccessErrorCodes.AuditUnavailable,
        "The request could not be recorded in the audit trail, so no data is returned. Try again later.");

    /// <summary>What one request's audit event is made of, gathered before and after execution.</summary>
    private sealed record AuditRecord(
        GraphQLExecutionRequest Request, OperationPlan Plan, AccessClaim Claim, string PolicyVersion, string Instance, string? TokenId)
    {
        /// <summary>Commits the event; null when the audit store could not.</summary>
        public async Task<AuditReceipt?> CommitAsync(
            GroupCommitAuditWriter audit, string outcome, RequestAccess? access, IReadOnlyList<FieldAccess> decisions, AccessObserver? observer)
        {
            try
            {
                return await audit.AppendAsync(Event(outcome, access, decisions, observer));
            }
            catch (AuditUnavailableException)
            {
                return null;
            }
        }

        /// <summary>The event with <paramref name="outcome"/>; without an observer, no values and no subjects.</summary>
        public AuditEvent Event(string outcome, RequestAccess? access, IReadOnlyList<FieldAccess> decisions, AccessObserver? observer) =>
            new()
            {
                OccurredAt = Claim.Instant,
                RequestId = Request.HttpContext.TraceIdentifier,
                HubInstance = Instance,
                ClientId = Claim.ClientId,
                AgencyCode = access?.Agency.Code,
                MouId = access?.Mou.Id,
                Purpose = Claim.Purpose,
                TokenId = TokenId,
                OperationName = Plan.Operation.Name?.Value,
                OperationType = Plan.Operation.Operation.ToString().ToLowerInvariant(),
                DocumentHash = Request.Document.Id.Value,
                VariablesHash = Request.Variables is { } variables
                    ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(variables.GetRawText())))
                    : null,
                PolicyVersion = PolicyVersion,
                Fields = [.. decisions.Select(d => new AuditedField(d.Coordinate, d.Decision, observer?.ValuesOf(d.Coordinate) ?? 0))],
                Subjects = observer?.Subjects ?? [],
                // A copy: the request's list grows with each mutation, an event never changes.
                Changes = [.. Request.HttpContext.RequestServices.GetService<RequestChanges>()?.All ?? []],
                Outcome = outcome,
            };
    }

    /// <summary>Counts the values each coordinate returned and collects the households and members whose data
    /// was returned. The executor calls it on one logical thread per request.</summary>
    private sealed class AccessObserver : IExecutionObserver
    {
        private static readonly HashSet<string> SubjectTypes = new(StringComparer.Ordinal) { "Household", "Member" };
        private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
        private readonly HashSet<AuditSubject> _subjects = [];

        public IReadOnlyList<AuditSubject> Subjects => [.. _subjects];

        public long ValuesOf(string coordinate) => _values.GetValueOrDefault(coordinate);

        public void FieldCompleted(GraphQL.Types.ObjectType parentType, GraphQL.Types.FieldDefinition field, ResponsePath path, bool hasValue)
        {
            if (hasValue)
            {
                _values[field.Coordinate] = _values.GetValueOrDefault(field.Coordinate) + 1;
            }
        }

        public void ObjectReturned(GraphQL.Types.ObjectType type, object value)
        {
            if (SubjectTypes.Contains(type.Name) && DefaultResolvers.ReadMember(value, "id") is { } id)
            {
                _subjects.Add(new AuditSubject(type.Name, Convert.ToString(id, CultureInfo.InvariantCulture)!));
            }
        }
    }
}

/// <summary>The hub instance's name in audit events (<c>Hub:InstanceName</c>, else the machine name).</summary>
public sealed record HubInstance(string Name);

/// <summary>The stable <c>extensions.code</c> values of access and audit errors.</summary>
public static class AccessErrorCodes
{
    /// <summary>The request gets no access: unknown client, no MOU in force, purpose missing or not allowed.</summary>
    public const string AccessDenied = "ACCESS_DENIED";

    /// <summary>A field the caller's MOU does not grant; it resolved to null.</summary>
    public const string ForbiddenField = "FORBIDDEN_FIELD";

    /// <summary>The audit store could not commit; no data was returned.</summary>
    public const string AuditUnavailable = "AUDIT_UNAVAILABLE";
}
