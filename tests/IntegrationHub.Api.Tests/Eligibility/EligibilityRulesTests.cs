using IntegrationHub.Api.Eligibility;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Tests.Eligibility;

/// <summary>The rules compiled and run on objects in memory, against the hand-worked fixture lists; the same
/// expressions run as SQL in <see cref="EligibilityQueryTests"/>.</summary>
public sealed class EligibilityRulesTests
{
    private static readonly EligibilityPolicies Policies = EligibilityPolicyLoader.Load(PolicyFolder.Eligibility);

    [Fact]
    public void WelfareCard_FixtureMembers_MatchHandWorkedList()
    {
        var fixture = EligibilityFixture.Build();
        var rule = EligibilityRules.WelfareCard(Policies.WelfareCard, EligibilityFixture.AsOf).Compile();

        var listed = fixture.Households.SelectMany(h => h.Members).Where(rule);

        Assert.Equal(fixture.ExpectedWelfareCard.ToHashSet(), listed.ToHashSet());
    }

    [Fact]
    public void Eef_FixtureMembers_MatchHandWorkedList()
    {
        var fixture = EligibilityFixture.Build();
        var rule = EligibilityRules.Eef(Policies.Eef, EligibilityFixture.AsOf).Compile();

        var listed = fixture.Households.SelectMany(h => h.Members).Where(rule);

        Assert.Equal(fixture.ExpectedEef.ToHashSet(), listed.ToHashSet());
    }

    [Fact]
    public void CodiHousing_FixtureHouseholds_MatchHandWorkedList()
    {
        var fixture = EligibilityFixture.Build();

        var listed = fixture.Households.Where(EligibilityRules.CodiHousing.Compile());

        Assert.Equal(fixture.ExpectedCodiHousing, listed);
    }

    [Fact]
    public void PohTeckTung_FixtureHouseholds_MatchHandWorkedListAndCriteria()
    {
        var fixture = EligibilityFixture.Build();
        var criteria = EligibilityRules.PohTeckTungCriteria.Compile();

        var listed = fixture.Households.Where(EligibilityRules.PohTeckTung.Compile()).ToList();

        Assert.Equal(fixture.ExpectedPohTeckTung.Select(e => e.Household), listed);
        Assert.Equal(
            fixture.ExpectedPohTeckTung.Select(e => string.Join(",", e.Criteria)),
            listed.Select(h => string.Join(",", criteria(h).Criteria.Select(ScreamingSnakeCase))));
    }

    [Theory]
    [InlineData(100_000.00, true)]
    [InlineData(99_999.99, true)]
    [InlineData(100_000.01, false)]
    public void WelfareCard_IncomeAroundLimit_ListedOnlyUpToLimitInclusive(double income, bool listed)
    {
        var member = AdultInVerifiedHousehold();
        member.AnnualIncome = (decimal)income;

        Assert.Equal(listed, EligibilityRules.WelfareCard(Policies.WelfareCard, EligibilityFixture.AsOf).Compile()(member));
    }

    [Theory]
    [InlineData(VerificationStatus.Verified, false, true)]
    [InlineData(VerificationStatus.Pending, false, false)]
    [InlineData(VerificationStatus.Rejected, false, false)]
    [InlineData(VerificationStatus.Verified, true, false)]
    public void WelfareCard_HouseholdState_OnlyVerifiedActiveListed(VerificationStatus verification, bool exited, bool listed)
    {
        var member = AdultInVerifiedHousehold();
        member.Household!.VerificationStatus = verification;
        if (exited)
        {
            member.Household.Exit("รายได้พ้นเส้นความยากจน", new DateOnly(2026, 1, 1));
        }

        Assert.Equal(listed, EligibilityRules.WelfareCard(Policies.WelfareCard, EligibilityFixture.AsOf).Compile()(member));
    }

    [Fact]
    public void Eef_ThresholdFromPolicy_IsAppliedNotHardCoded()
    {
        var fixture = EligibilityFixture.Build();
        var stricter = Policies.Eef with { MaximumMonthlyIncomePerPerson = 2_999.99m };

        var listed = fixture.Households.SelectMany(h => h.Members).Where(EligibilityRules.Eef(stricter, EligibilityFixture.AsOf).Compile());

        // Household 2 sits exactly on 3,000 a month; a limit one satang lower drops it.
        Assert.Empty(listed);
    }

    [Theory]
    [InlineData("2008-06-15", "2026-06-15", 18)]
    [InlineData("2008-06-16", "2026-06-15", 17)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2026-06-15", "2026-06-15", 0)]
    public void AgeOn_BirthdayBoundaries_CountsWholeYearsAsRulesDo(string birth, string asOf, int age)
    {
        Assert.Equal(age, EligibilityLists.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(asOf)));
    }

    private static Member AdultInVerifiedHousehold()
    {
        var household = Data.Tests.Infrastructure.SampleData.Household();
        household.VerificationStatus = VerificationStatus.Verified;
        var member = Data.Tests.Infrastructure.SampleData.Member();
        member.Household = household;
        household.Members.Add(member);
        return member;
    }

    private static string ScreamingSnakeCase(EligibilityCriterion criterion) =>
        System.Text.RegularExpressions.Regex.Replace(criterion.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant();
}
