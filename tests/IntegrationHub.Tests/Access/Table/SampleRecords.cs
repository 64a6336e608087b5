namespace IntegrationHub.Tests.Access.Table;

/// <summary>Real values from the Development demo data for the arguments a path needs: one household in
/// <see cref="ScenarioPolicies.SampleProvince"/> with a referral, one of its members, and that referral (read once
/// with the fully granted client), and the page size that lists every demo record.</summary>
public sealed record SampleRecords(string HouseholdId, string MemberId, string ReferralId, string Province, int PageSize)
{
    /// <summary>The sample id for a root field returning <paramref name="typeName"/>, or null when there is none.</summary>
    public string? IdOf(string typeName) => typeName switch
    {
        "Household" => HouseholdId,
        "Member" => MemberId,
        "Referral" => ReferralId,
        _ => null,
    };

    /// <summary>The ids of the sample records, which must never reach a client whose MOU area excludes them.</summary>
    public IReadOnlyList<string> Ids => [HouseholdId, MemberId, ReferralId];
}
