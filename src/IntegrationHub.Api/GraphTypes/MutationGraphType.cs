using IntegrationHub.Api.Referrals;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Mutation</c> root type: what partner agencies can change. The engine runs a request's mutation
/// fields one after another (spec 6.2.2, serial execution), and each runs as its own transaction.</summary>
public static class MutationGraphType
{
    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        "Mutation",
        () => [.. ReferralMutations.Fields],
        description: "What partner agencies can change, each field within the scopes of their MOU: the referral lifecycle and household exits.");
}
