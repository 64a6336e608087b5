namespace IntegrationHub.Api.Eligibility;

/// <summary>An entry of an eligibility list, keyed for keyset paging.</summary>
public interface IEligibilityEntry
{
    /// <summary>The key the list is ordered and paged by: the member's or the household's.</summary>
    long Key { get; }
}

/// <summary>A member on a member list (welfare card, EEF).</summary>
/// <param name="MemberId">The member's key.</param>
/// <param name="HouseholdId">The member's household's key.</param>
/// <param name="AreaCode">The household's eight-digit village code.</param>
/// <param name="Age">Age in whole years on the list's as-of day.</param>
/// <param name="InSchool">Whether the member is in school now.</param>
/// <param name="Criteria">Why the member is on the list.</param>
public sealed record EligibleMember(
    long MemberId, long HouseholdId, string AreaCode, int Age, bool InSchool, IReadOnlyList<EligibilityCriterion> Criteria)
    : IEligibilityEntry
{
    /// <inheritdoc />
    public long Key => MemberId;
}

/// <summary>A household on a household list (CODI housing, Poh Teck Tung).</summary>
/// <param name="HouseholdId">The household's key.</param>
/// <param name="AreaCode">The household's eight-digit village code.</param>
/// <param name="Criteria">Why the household is on the list.</param>
public sealed record EligibleHousehold(long HouseholdId, string AreaCode, IReadOnlyList<EligibilityCriterion> Criteria)
    : IEligibilityEntry
{
    /// <inheritdoc />
    public long Key => HouseholdId;
}
