namespace IntegrationHub.Api.Eligibility;

/// <summary>The policy of every eligibility list, as loaded from <c>policies/eligibility/</c>
/// (<see cref="EligibilityPolicyLoader"/>). Registered as a singleton by <see cref="EligibilityRegistration.AddHubEligibility"/>.</summary>
/// <param name="WelfareCard">The Ministry of Finance state welfare card list.</param>
/// <param name="Eef">The Equitable Education Fund list.</param>
/// <param name="CodiHousing">The CODI housing list.</param>
/// <param name="PohTeckTung">The Poh Teck Tung health list.</param>
public sealed record EligibilityPolicies(
    WelfareCardPolicy WelfareCard,
    EefPolicy Eef,
    ListPolicy CodiHousing,
    ListPolicy PohTeckTung);

/// <summary>Where a list's criteria come from and since when they apply.</summary>
/// <param name="List">The list's name, as in the file (<c>welfare-card</c>, <c>eef</c>, ...).</param>
/// <param name="EffectiveFrom">The first day (Asia/Bangkok calendar) the criteria apply; a list asked for an earlier
/// day is refused rather than computed with criteria that were not yet in force.</param>
/// <param name="Source">The publication or announcement the criteria come from.</param>
public sealed record ListPolicy(string List, DateOnly EffectiveFrom, PolicySource Source);

/// <summary>The publication or announcement a list's criteria come from, and what about it is unconfirmed.</summary>
/// <param name="Publisher">Who issued it.</param>
/// <param name="Title">What it is.</param>
/// <param name="Url">Where it can be read, if anywhere.</param>
/// <param name="Note">What was and was not confirmed, and which of its criteria the hub cannot apply.</param>
public sealed record PolicySource(string Publisher, string Title, string? Url, string? Note);

/// <summary>The state welfare card (บัตรสวัสดิการแห่งรัฐ) criteria: a member at least <paramref name="MinimumAge"/>
/// years old whose own income over the last twelve months is at most <paramref name="MaximumAnnualIncome"/> baht.</summary>
/// <param name="Policy">Source and effective date.</param>
/// <param name="MinimumAge">The youngest age, in whole years, on the as-of day.</param>
/// <param name="MaximumAnnualIncome">The income limit in baht per person per year; a member exactly at the limit is
/// eligible (the criterion reads "not exceeding").</param>
public sealed record WelfareCardPolicy(ListPolicy Policy, int MinimumAge, decimal MaximumAnnualIncome);

/// <summary>The Equitable Education Fund (กสศ.) criteria: a member aged <paramref name="MinimumAge"/> to
/// <paramref name="MaximumAge"/> whose household's income per person per month is at most
/// <paramref name="MaximumMonthlyIncomePerPerson"/> baht.</summary>
/// <param name="Policy">Source and effective date.</param>
/// <param name="MinimumAge">The youngest age, in whole years, on the as-of day.</param>
/// <param name="MaximumAge">The oldest age, in whole years, on the as-of day (inclusive: 18 includes a member who
/// turned 18 and is not yet 19).</param>
/// <param name="MaximumMonthlyIncomePerPerson">The limit in baht on the household's members' annual incomes summed,
/// divided by the number of members and by twelve; a household exactly at the limit is eligible.</param>
public sealed record EefPolicy(ListPolicy Policy, int MinimumAge, int MaximumAge, decimal MaximumMonthlyIncomePerPerson);
