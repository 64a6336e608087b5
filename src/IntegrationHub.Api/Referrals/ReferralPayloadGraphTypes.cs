using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Referrals;

/// <summary>The results of the mutations: an object holding what changed, so that fields can be added to a result
/// later without breaking clients.</summary>
public static class ReferralPayloadGraphTypes
{
    /// <summary>The result of every referral mutation: the referral as it is after the change.</summary>
    public static ObjectType Referral { get; } = new(
        "ReferralPayload",
        () =>
        [
            new FieldDefinition("referral", ReferralGraphType.Type,
                resolver: Resolve.From<ReferralRow>(row => row),
                description: "The referral after the change (การส่งต่อ)."),
        ],
        description: "The result of a referral mutation.");

    /// <summary>The result of <c>exitHousehold</c>.</summary>
    public static ObjectType ExitHousehold { get; } = new(
        "ExitHouseholdPayload",
        () =>
        [
            new FieldDefinition("household", HouseholdGraphType.Type,
                resolver: Resolve.FromAsync<ExitedHousehold, HouseholdRow?>((context, exited) => HubLoaders.HouseholdAsync(context, exited.HouseholdId)),
                description: "The household after its exit (ครัวเรือน)."),
        ],
        description: "The result of taking a household out of the programme.");

    /// <summary>The household an <c>exitHousehold</c> took out of the programme.</summary>
    /// <param name="HouseholdId">Its key.</param>
    public sealed record ExitedHousehold(long HouseholdId);
}
