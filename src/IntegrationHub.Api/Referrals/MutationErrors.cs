using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals;

/// <summary>The coded field errors of the hub's mutations (<c>extensions.code</c>), each built with the details a
/// client needs to act on it.</summary>
public static class MutationErrors
{
    /// <summary>An input value is not acceptable; <c>extensions.path</c> names it.</summary>
    public const string ValidationFailedCode = "VALIDATION_FAILED";

    /// <summary>The lifecycle does not allow the step; <c>extensions.from</c> and <c>extensions.to</c> name it.</summary>
    public const string IllegalTransitionCode = "ILLEGAL_TRANSITION";

    /// <summary>Someone else changed the record between this mutation's read and its write.</summary>
    public const string ConflictCode = "CONFLICT";

    /// <summary>A record the input names does not exist, or lies outside the caller's area.</summary>
    public const string NotFoundCode = "NOT_FOUND";

    /// <summary>The referral is addressed to another agency.</summary>
    public const string ReferralNotYoursCode = "REFERRAL_NOT_YOURS";

    /// <summary>The idempotency key was used before with a different mutation or input.</summary>
    public const string IdempotencyKeyReusedCode = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>The error for an illegal lifecycle step, with the statuses in their GraphQL spelling.</summary>
    public static FieldErrorException IllegalTransition(IllegalReferralTransitionException exception) => new(
        $"Referral \"{GlobalId.Encode(ReferralGraphType.Name, exception.ReferralId)}\" is {StatusName(exception.From)} and cannot move to {StatusName(exception.To)}; "
            + (exception.Allowed.Count == 0 ? "it is final." : $"it can move to {string.Join(" or ", exception.Allowed.Select(StatusName))}."),
        code: IllegalTransitionCode,
        extensions: new Dictionary<string, object?>
        {
            ["from"] = StatusName(exception.From),
            ["to"] = StatusName(exception.To),
            ["allowed"] = exception.Allowed.Select(StatusName).ToArray(),
        });

    /// <summary>The error for exiting a household that has left the programme already.</summary>
    public static FieldErrorException AlreadyExited(long householdId, DateOnly? exitedOn) => new(
        $"Household \"{GlobalId.Encode(HouseholdGraphType.Name, householdId)}\" already left the programme on {exitedOn:yyyy-MM-dd}; an exit cannot be repeated.",
        code: IllegalTransitionCode,
        extensions: new Dictionary<string, object?>
        {
            ["from"] = HubEnumTypes.HouseholdStatus.Serialize(HouseholdStatus.Exited),
            ["to"] = HubEnumTypes.HouseholdStatus.Serialize(HouseholdStatus.Exited),
        });

    /// <summary>The error for a lost race on a referral's version.</summary>
    public static FieldErrorException Conflict(long referralId) => new(
        $"Referral \"{GlobalId.Encode(ReferralGraphType.Name, referralId)}\" was changed by someone else while this mutation ran, so nothing was saved; read it again and decide whether the step still applies.",
        code: ConflictCode);

    /// <summary>The error for a record that is missing to this caller; <paramref name="path"/> names the input
    /// field that pointed at it.</summary>
    public static FieldErrorException NotFound(string what, string id, params string[] path) => new(
        $"There is no {what} with id \"{id}\".",
        code: NotFoundCode,
        extensions: new Dictionary<string, object?> { ["path"] = path });

    /// <summary>The error for acting on a referral addressed to another agency.</summary>
    public static FieldErrorException ReferralNotYours(long referralId, string callerAgency) => new(
        $"Referral \"{GlobalId.Encode(ReferralGraphType.Name, referralId)}\" is addressed to another agency; agency \"{callerAgency}\" may read it but not act on it.",
        code: ReferralNotYoursCode);

    /// <summary>The error for a key first used with another mutation or input.</summary>
    public static FieldErrorException IdempotencyKeyReused(string key) => new(
        $"Idempotency key \"{key}\" was already used for a different request; use a new key for a new request, and the same key only to retry the same request.",
        code: IdempotencyKeyReusedCode,
        extensions: new Dictionary<string, object?> { ["path"] = new[] { "idempotencyKey" } });

    private static string StatusName(ReferralStatus status) =>
        HubEnumTypes.ReferralStatus.Serialize(status);
}
