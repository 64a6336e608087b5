using System.Globalization;
using IntegrationHub.Api.Eligibility;
using IntegrationHub.Api.Tests.Queries;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Eligibility;

/// <summary>A small, hand-built data set on the boundaries of every list, with the lists worked out by hand
/// (see <see cref="ExpectedWelfareCard"/> and the others) for <see cref="AsOf"/> and the repository's policy files:
/// welfare card from age 18 and at most 100,000 baht a year; EEF aged 3 to 18 and at most 3,000 baht a person a
/// month (36,000 a year).</summary>
internal sealed class EligibilityFixture
{
    /// <summary>The as-of day every test of the fixture asks for.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 15);

    private static int _nextId;

    private EligibilityFixture()
    {
    }

    // Household 1, Bangkok, verified and active. Income 220,000.01 over 5 members: 44,000 a person a year, over the
    // EEF limit. A living-conditions problem (CODI); a dependent member (Poh Teck Tung).
    public Member AtIncomeLimit { get; } = Person(new DateOnly(1980, 1, 1), income: 100_000m);

    public Member Turns18OnAsOf { get; } = Person(new DateOnly(2008, 6, 15));

    public Member Turns18TomorrowAged17 { get; } = Person(new DateOnly(2008, 6, 16), inSchool: true);

    public Member JustOverIncomeLimit { get; } = Person(new DateOnly(1982, 3, 1), income: 100_000.01m);

    public Member CardHolderDependent { get; } = Person(new DateOnly(1950, 5, 5), income: 20_000m, card: true, health: HealthStatus.Dependent);

    // Household 2, Bangkok, verified and active. Income 180,000 over 5 members: exactly 36,000 a person a year, at
    // the EEF limit. A member with a disability and a health problem (Poh Teck Tung).
    public Member HighEarningCardHolder { get; } = Person(new DateOnly(1985, 2, 2), income: 180_000m, card: true);

    public Member Turns3OnAsOf { get; } = Person(new DateOnly(2023, 6, 15));

    public Member Turns3TomorrowAged2 { get; } = Person(new DateOnly(2023, 6, 16));

    public Member Aged18Turns19Tomorrow { get; } = Person(new DateOnly(2007, 6, 16), inSchool: true, disability: Disability.Visual);

    public Member Turns19OnAsOf { get; } = Person(new DateOnly(2007, 6, 15));

    // Household 3, Bangkok, verified and active. Income 72,000.02 over 2 members: just over the EEF limit. A
    // chronically ill card holder (Poh Teck Tung); an income problem only (not CODI).
    public Member ChronicCardHolder { get; } = Person(new DateOnly(1979, 9, 9), income: 72_000.02m, card: true, health: HealthStatus.ChronicIllness);

    public Member ChildOverPerCapitaLimit { get; } = Person(new DateOnly(2015, 1, 1), inSchool: true);

    // Household 4, pending verification; household 5, exited; household 6, rejected: on no list, though each has a
    // member, a problem and a health condition that would qualify.
    public Member PendingAdult { get; } = Person(new DateOnly(1970, 1, 1), health: HealthStatus.ChronicIllness);

    public Member ExitedAdult { get; } = Person(new DateOnly(1970, 1, 1), health: HealthStatus.Dependent);

    public Member RejectedChild { get; } = Person(new DateOnly(2016, 1, 1), disability: Disability.Hearing);

    // Household 7, Kalasin, verified and active: an adult without a card and a living-conditions problem.
    public Member KalasinAdult { get; } = Person(new DateOnly(1990, 7, 7), income: 40_000m);

    public IReadOnlyList<Household> Households { get; private set; } = [];

    public Household Bangkok1 => Households[0];

    public Household Bangkok2 => Households[1];

    public Household Bangkok3 => Households[2];

    public Household Kalasin => Households[6];

    /// <summary>The welfare card list on <see cref="AsOf"/>, in key order.</summary>
    public IReadOnlyList<Member> ExpectedWelfareCard =>
        ByKey(AtIncomeLimit, Turns18OnAsOf, Aged18Turns19Tomorrow, Turns19OnAsOf, KalasinAdult);

    /// <summary>The EEF list on <see cref="AsOf"/>, in key order.</summary>
    public IReadOnlyList<Member> ExpectedEef => ByKey(Turns3OnAsOf, Aged18Turns19Tomorrow);

    /// <summary>The CODI housing list, in key order.</summary>
    public IReadOnlyList<Household> ExpectedCodiHousing => [Bangkok1, Kalasin];

    /// <summary>The Poh Teck Tung list, in key order, with each household's criteria.</summary>
    public IReadOnlyList<(Household Household, string[] Criteria)> ExpectedPohTeckTung =>
    [
        (Bangkok1, ["DEPENDENT"]),
        (Bangkok2, ["DISABILITY", "HEALTH_PROBLEM"]),
        (Bangkok3, ["CHRONIC_ILLNESS"]),
    ];

    /// <summary>The fixture's households as objects, not saved, with the navigations the in-memory rules need.</summary>
    public static EligibilityFixture Build()
    {
        var fixture = new EligibilityFixture();
        fixture.Households =
        [
            Household(SampleData.VillageCode, VerificationStatus.Verified,
                [fixture.AtIncomeLimit, fixture.Turns18OnAsOf, fixture.Turns18TomorrowAged17, fixture.JustOverIncomeLimit, fixture.CardHolderDependent],
                ProblemDimension.LivingConditions),
            Household(SampleData.VillageCode, VerificationStatus.Verified,
                [fixture.HighEarningCardHolder, fixture.Turns3OnAsOf, fixture.Turns3TomorrowAged2, fixture.Aged18Turns19Tomorrow, fixture.Turns19OnAsOf],
                ProblemDimension.Health),
            Household(SampleData.VillageCode, VerificationStatus.Verified,
                [fixture.ChronicCardHolder, fixture.ChildOverPerCapitaLimit], ProblemDimension.Income),
            Household(SampleData.OtherVillageCode, VerificationStatus.Pending, [fixture.PendingAdult], ProblemDimension.LivingConditions),
            Exited(Household(SampleData.VillageCode, VerificationStatus.Verified, [fixture.ExitedAdult], ProblemDimension.LivingConditions)),
            Household(SampleData.VillageCode, VerificationStatus.Rejected, [fixture.RejectedChild], ProblemDimension.Health),
            Household(HouseholdSamples.KalasinVillageCode, VerificationStatus.Verified, [fixture.KalasinAdult], ProblemDimension.LivingConditions),
        ];
        return fixture;
    }

    /// <summary>A migrated database on <paramref name="provider"/> holding the fixture, with the repository's
    /// eligibility policies registered for its requests.</summary>
    public static async Task<(ApiTestContext Api, EligibilityFixture Fixture)> SaveAsync(DatabaseProvider provider)
    {
        var api = await ApiTestContext.CreateAsync(provider);
        await HouseholdSamples.AddKalasinAsync(api);
        var fixture = Build();
        await api.AddAsync([.. fixture.Households]);
        api.AddServices = services => services.AddHubEligibility(PolicyFolder.Eligibility);
        return (api, fixture);
    }

    private static Household Household(string villageCode, VerificationStatus verification, Member[] members, ProblemDimension problem)
    {
        var household = SampleData.Household(villageCode);
        household.VerificationStatus = verification;
        foreach (var member in members)
        {
            member.Household = household;
            household.Members.Add(member);
        }

        household.Problems.Add(HouseholdSamples.Problem(problem));
        return household;
    }

    private static Household Exited(Household household)
    {
        household.Exit("ย้ายออกนอกพื้นที่", new DateOnly(2026, 1, 10));
        return household;
    }

    private static Member Person(DateOnly birthDate, decimal income = 0m, bool card = false, bool inSchool = false,
        HealthStatus health = HealthStatus.Healthy, Disability disability = Disability.None)
    {
        var member = SampleData.Member();
        member.NationalId = NextNationalId();
        member.BirthDate = birthDate;
        member.AnnualIncome = income;
        member.HoldsWelfareCard = card;
        member.InSchool = inSchool;
        member.Health = health;
        member.Disability = disability;
        return member;
    }

    private static string NextNationalId()
    {
        var firstTwelve = "110170" + Interlocked.Increment(ref _nextId).ToString("D6", CultureInfo.InvariantCulture);
        return firstTwelve + ThaiNationalId.CheckDigit(firstTwelve).ToString(CultureInfo.InvariantCulture);
    }

    private static List<Member> ByKey(params Member[] members) => [.. members.OrderBy(m => m.Id)];
}
