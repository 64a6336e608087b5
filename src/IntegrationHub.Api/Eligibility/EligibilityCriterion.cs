namespace IntegrationHub.Api.Eligibility;

/// <summary>A criterion an entry of an eligibility list meets: why it is on the list.</summary>
public enum EligibilityCriterion
{
    /// <summary>At least the list's minimum age (welfare card).</summary>
    Adult,

    /// <summary>Own income over the last twelve months at most the list's limit (welfare card).</summary>
    IncomeWithinLimit,

    /// <summary>Holds no state welfare card yet (welfare card).</summary>
    NoWelfareCard,

    /// <summary>Within the list's age range (EEF).</summary>
    SchoolAge,

    /// <summary>Household income per person per month at most the list's limit (EEF).</summary>
    HouseholdIncomePerPersonWithinLimit,

    /// <summary>A problem recorded on the living-conditions dimension (CODI housing).</summary>
    LivingConditionsProblem,

    /// <summary>A member has a chronic illness (Poh Teck Tung).</summary>
    ChronicIllness,

    /// <summary>A member depends on others for daily living (Poh Teck Tung).</summary>
    Dependent,

    /// <summary>A member has a disability (Poh Teck Tung).</summary>
    Disability,

    /// <summary>A problem recorded on the health dimension (Poh Teck Tung).</summary>
    HealthProblem,
}
