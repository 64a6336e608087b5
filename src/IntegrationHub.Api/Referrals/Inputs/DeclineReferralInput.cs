namespace IntegrationHub.Api.Referrals.Inputs;

/// <summary>The coerced <c>DeclineReferralInput</c>: which referral and why the agency declines it.</summary>
/// <param name="ReferralId">The referral's global id.</param>
/// <param name="Reason">Why the agency declines the case; kept with the step for the referrer.</param>
public sealed record DeclineReferralInput(string ReferralId, string Reason)
{
    /// <summary>Reads the input object the engine coerced.</summary>
    public static DeclineReferralInput From(IReadOnlyDictionary<string, object?> input) =>
        new((string)input["referralId"]!, (string)input["reason"]!);
}
