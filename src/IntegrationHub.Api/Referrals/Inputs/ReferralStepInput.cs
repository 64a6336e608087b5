namespace IntegrationHub.Api.Referrals.Inputs;

/// <summary>The coerced <c>ReferralStepInput</c> of <c>acceptReferral</c>, <c>startReferral</c> and
/// <c>closeReferral</c>: which referral, and an optional note kept with the step.</summary>
/// <param name="ReferralId">The referral's global id.</param>
/// <param name="Note">Why or how, in the actor's words.</param>
public sealed record ReferralStepInput(string ReferralId, string? Note)
{
    /// <summary>Reads the input object the engine coerced.</summary>
    public static ReferralStepInput From(IReadOnlyDictionary<string, object?> input) =>
        new((string)input["referralId"]!, input.GetValueOrDefault("note") as string);
}
