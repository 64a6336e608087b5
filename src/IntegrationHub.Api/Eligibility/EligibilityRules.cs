using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Eligibility;

/// <summary>The criteria of each eligibility list as expressions built from the list's policy and the as-of day:
/// EF Core translates them to SQL for the lists, and tests compile them to check them on objects in memory. Only
/// households that are verified and still in the programme qualify for any list.</summary>
/// <remarks>Ages are compared as birth dates (born on or before the as-of day minus N years is "at least N"), so the
/// comparison runs on the stored column with no date arithmetic in SQL; a member born on 29 February turns a year
/// older on 1 March of a common year (<see cref="DateOnly.AddYears"/> maps 29 February to 28 February). Money limits are inclusive
/// (the sources say "not exceeding"), and income per person is compared multiplied out (sum of incomes at most
/// limit x 12 x members) so that no division rounds.</remarks>
public static class EligibilityRules
{
    /// <summary>A household whose situation the field team confirmed and that has not left the programme.</summary>
    public static Expression<Func<Household, bool>> InProgramme { get; } =
        h => h.VerificationStatus == VerificationStatus.Verified && h.Status == HouseholdStatus.Active;

    /// <summary>State welfare card: a member of a household in the programme, at least the minimum age on
    /// <paramref name="asOf"/>, with annual income at most the limit, who holds no card yet.</summary>
    public static Expression<Func<Member, bool>> WelfareCard(WelfareCardPolicy policy, DateOnly asOf)
    {
        var bornOnOrBefore = asOf.AddYears(-policy.MinimumAge);
        var maximumIncome = policy.MaximumAnnualIncome;
        return m => m.Household!.VerificationStatus == VerificationStatus.Verified
            && m.Household.Status == HouseholdStatus.Active
            && m.BirthDate <= bornOnOrBefore
            && m.AnnualIncome <= maximumIncome
            && !m.HoldsWelfareCard;
    }

    /// <summary>Equitable Education Fund: a member of a household in the programme, aged between the minimum and
    /// maximum age (inclusive) on <paramref name="asOf"/>, in school or not, whose household's income per person per
    /// month is at most the limit.</summary>
    public static Expression<Func<Member, bool>> Eef(EefPolicy policy, DateOnly asOf)
    {
        var bornOnOrBefore = asOf.AddYears(-policy.MinimumAge);
        // Aged at most N is "not yet N + 1": born after the day N + 1 years before.
        var bornAfter = asOf.AddYears(-(policy.MaximumAge + 1));
        var maximumAnnualIncomePerPerson = policy.MaximumMonthlyIncomePerPerson * 12;
        return m => m.Household!.VerificationStatus == VerificationStatus.Verified
            && m.Household.Status == HouseholdStatus.Active
            && m.BirthDate <= bornOnOrBefore
            && m.BirthDate > bornAfter
            && m.Household.Members.Sum(x => x.AnnualIncome) <= maximumAnnualIncomePerPerson * m.Household.Members.Count;
    }

    /// <summary>CODI housing: a household in the programme with a problem recorded on the living-conditions
    /// dimension (housing, water, sanitation).</summary>
    public static Expression<Func<Household, bool>> CodiHousing { get; } =
        h => h.VerificationStatus == VerificationStatus.Verified && h.Status == HouseholdStatus.Active
            && h.Problems.Any(p => p.Dimension == ProblemDimension.LivingConditions);

    /// <summary>Poh Teck Tung health: a household in the programme with a member who is chronically ill, dependent
    /// on others or has a disability, or with a problem recorded on the health dimension. The list is of households,
    /// as referrals to the foundation are; <see cref="PohTeckTungCriteria"/> says which of the four hold.</summary>
    public static Expression<Func<Household, bool>> PohTeckTung { get; } =
        h => h.VerificationStatus == VerificationStatus.Verified && h.Status == HouseholdStatus.Active
            && (h.Members.Any(m => m.Health != HealthStatus.Healthy || m.Disability != Disability.None)
                || h.Problems.Any(p => p.Dimension == ProblemDimension.Health));

    /// <summary>Which of the Poh Teck Tung criteria a household meets, computed in SQL with the list.</summary>
    public static Expression<Func<Household, PohTeckTungFlags>> PohTeckTungCriteria { get; } =
        h => new PohTeckTungFlags(
            h.Members.Any(m => m.Health == HealthStatus.ChronicIllness),
            h.Members.Any(m => m.Health == HealthStatus.Dependent),
            h.Members.Any(m => m.Disability != Disability.None),
            h.Problems.Any(p => p.Dimension == ProblemDimension.Health));
}

/// <summary>Which Poh Teck Tung criteria a household meets.</summary>
/// <param name="ChronicIllness">A member has a chronic illness.</param>
/// <param name="Dependent">A member depends on others for daily living.</param>
/// <param name="Disability">A member has a disability.</param>
/// <param name="HealthProblem">A problem is recorded on the health dimension.</param>
public sealed record PohTeckTungFlags(bool ChronicIllness, bool Dependent, bool Disability, bool HealthProblem)
{
    /// <summary>The criteria that hold, in a fixed order.</summary>
    public IReadOnlyList<EligibilityCriterion> Criteria
    {
        get
        {
            var criteria = new List<EligibilityCriterion>(4);
            Add(ChronicIllness, EligibilityCriterion.ChronicIllness);
            Add(Dependent, EligibilityCriterion.Dependent);
            Add(Disability, EligibilityCriterion.Disability);
            Add(HealthProblem, EligibilityCriterion.HealthProblem);
            return criteria;

            void Add(bool holds, EligibilityCriterion criterion)
            {
                if (holds)
                {
                    criteria.Add(criterion);
                }
            }
        }
    }
}
