using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Referrals.Inputs;

/// <summary>The coerced <c>CreateReferralInput</c>: which household (and member) to refer, to whom, for what.</summary>
/// <param name="HouseholdId">The household's global id.</param>
/// <param name="MemberId">The member's global id, when the referral is for one person.</param>
/// <param name="Dimension">The problem dimension addressed.</param>
/// <param name="Agency">The code of the agency referred to.</param>
/// <param name="Programme">The agency's programme.</param>
public sealed record CreateReferralInput(string HouseholdId, string? MemberId, ProblemDimension Dimension, string Agency, string Programme)
{
    /// <summary>Reads the input object the engine coerced.</summary>
    public static CreateReferralInput From(IReadOnlyDictionary<string, object?> input) => new(
        (string)input["householdId"]!,
        input.GetValueOrDefault("memberId") as string,
        (ProblemDimension)input["dimension"]!,
        (string)input["agency"]!,
        (string)input["programme"]!);
}
