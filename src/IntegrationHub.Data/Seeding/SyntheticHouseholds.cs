using System.Globalization;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Seeding;

/// <summary>Made-up households for development, demos and load tests: plausible in shape (a head and family,
/// incomes below the poverty line, scores, problems, referrals moving through their lifecycle) and the same for
/// the same seed, so a bug seen on seeded data can be reproduced. No record describes a real person: names come
/// from short lists and national IDs from a counter, with correct check digits.</summary>
public sealed class SyntheticHouseholds
{
    // Every generated instant is after this one; fixed, so that the output does not depend on the clock.
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly SurveyDay = DateOnly.FromDateTime(Epoch);

    private static readonly string[] MaleFirstNames = ["สมชาย", "บุญมี", "ประเสริฐ", "ทองดี", "ชัยวัฒน์", "สมศักดิ์"];
    private static readonly string[] FemaleFirstNames = ["สมหญิง", "มาลี", "วันเพ็ญ", "สุดใจ", "อำไพ", "บุญเรือน"];
    private static readonly string[] LastNames = ["ใจดี", "ศรีสุข", "บุญเรือง", "แก้วมณี", "ทองคำ", "พรหมมา", "สายบุญ", "อินทร์แก้ว"];
    private static readonly string[] Occupations = ["รับจ้างทั่วไป", "เกษตรกร", "ค้าขาย", "ประมง"];
    // Weighted by repetition: most adults in poor households finished primary school only.
    private static readonly EducationLevel[] AdultEducation =
    [
        EducationLevel.None, EducationLevel.Primary, EducationLevel.Primary, EducationLevel.Primary,
        EducationLevel.LowerSecondary, EducationLevel.UpperSecondary, EducationLevel.Vocational,
    ];

    private static readonly string[] ExitReasons = ["รายได้พ้นเส้นความยากจน", "ย้ายออกนอกพื้นที่", "เสียชีวิตทั้งครัวเรือน"];

    private static readonly Dictionary<ProblemDimension, (string Problem, string Agency, string Programme, string Help, decimal? Baht)> Dimensions = new()
    {
        [ProblemDimension.Health] = ("ผู้ป่วยติดเตียงขาดผู้ดูแล", "ptt", "ช่วยเหลือผู้ป่วยยากไร้", "อุปกรณ์การแพทย์", 3_500m),
        [ProblemDimension.LivingConditions] = ("บ้านทรุดโทรม", "codi", "บ้านพอเพียง", "ซ่อมแซมบ้าน", 19_000m),
        [ProblemDimension.Education] = ("เด็กหลุดออกจากระบบการศึกษา", "eef", "ทุนเสมอภาค", "ทุนการศึกษา", 3_000m),
        [ProblemDimension.Income] = ("รายได้ไม่พอใช้จ่าย", "pmua", "โมเดลแก้จน", "ทุนประกอบอาชีพ", 5_000m),
        [ProblemDimension.PublicServices] = ("ยังไม่มีบัตรสวัสดิการแห่งรัฐ", "mof", "บัตรสวัสดิการแห่งรัฐ", "ลงทะเบียนบัตรสวัสดิการ", null),
    };

    private readonly Random _random;
    private readonly IReadOnlyList<string> _villageCodes;
    private long _people;

    /// <summary>A generator whose output is fixed by <paramref name="seed"/>, placing households in the villages
    /// of <see cref="ReferenceData"/>.</summary>
    public SyntheticHouseholds(int seed)
    {
        _random = new Random(seed);
        _villageCodes = ReferenceData.Villages().Select(v => v.Code).ToList();
    }

    /// <summary>The next <paramref name="count"/> households, with members, scores, problems and referrals.</summary>
    public IEnumerable<Household> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    private Household Next()
    {
        var village = Pick(_villageCodes);
        var household = new Household
        {
            Source = Chance(0.85) ? HouseholdSource.Tpmap : HouseholdSource.SurveyAddOn,
            HouseCode = Chance(0.95) ? Digits(11) : null,
            Address = $"{_random.Next(1, 300)} หมู่ {int.Parse(village[6..], CultureInfo.InvariantCulture)}",
            VillageCode = village,
            Group = Chance(0.3) ? HouseholdGroup.Destitute : HouseholdGroup.OpportunityLacking,
        };
        Verify(household);
        AddMembers(household);
        AddScores(household);
        AddProblemsAndReferrals(household);
        if (Chance(0.05))
        {
            household.Exit(Pick(ExitReasons), SurveyDay.AddDays(_random.Next(200, 600)));
        }

        return household;
    }

    private void Verify(Household household)
    {
        var roll = _random.NextDouble();
        if (roll < 0.15)
        {
            return; // pending
        }

        household.VerificationStatus = roll < 0.2 ? VerificationStatus.Rejected : VerificationStatus.Verified;
        household.VerificationMethod = Chance(0.7) ? VerificationMethod.OnSite : VerificationMethod.Online;
        household.VerifiedBy = $"officer.{_random.Next(1, 200):D3}";
        household.VerifiedAt = Instant(0, 90);
    }

    private void AddMembers(Household household)
    {
        // The family shares the head's family name, except a spouse who kept their own.
        var family = Pick(LastNames);
        var headAge = _random.Next(25, 80);
        household.Members.Add(Person(RelationToHead.Head, headAge, family));
        if (Chance(0.7))
        {
            household.Members.Add(Person(RelationToHead.Spouse, Math.Max(20, headAge + _random.Next(-8, 8)),
                Chance(0.7) ? family : Pick(LastNames)));
        }

        // About 4.5 people a household, as in the programme's surveys: poor households are often three
        // generations, grandchildren left with grandparents while the parents work in the city.
        for (var children = _random.Next(0, 5); children > 0; children--)
        {
            household.Members.Add(Person(RelationToHead.Child, Math.Max(0, headAge - _random.Next(18, 40)), family));
        }

        if (Chance(0.25))
        {
            household.Members.Add(Person(RelationToHead.Parent, Math.Min(100, headAge + _random.Next(20, 30)), family));
        }

        if (Chance(0.3))
        {
            for (var grandchildren = _random.Next(1, 4); grandchildren > 0; grandchildren--)
            {
                household.Members.Add(Person(RelationToHead.Grandchild, Math.Max(0, headAge - _random.Next(40, 60)), family));
            }
        }
    }

    private Member Person(RelationToHead relation, int age, string lastName)
    {
        var adult = age >= 18;
        var sex = Chance(0.5) ? Sex.Male : Sex.Female;
        var member = new Member
        {
            NationalId = NextNationalId(),
            FirstNameTh = Pick(sex == Sex.Male ? MaleFirstNames : FemaleFirstNames),
            LastNameTh = lastName,
            BirthDate = SurveyDay.AddYears(-age).AddDays(-_random.Next(0, 365)),
            Sex = sex,
            Relation = relation,
            Education = age < 15 ? SchoolLevelAt(age) : Pick(AdultEducation),
            InSchool = age is >= 6 and <= 18 && Chance(0.9),
            Health = _random.NextDouble() switch { < 0.8 => HealthStatus.Healthy, < 0.95 => HealthStatus.ChronicIllness, _ => HealthStatus.Dependent },
            Disability = Chance(0.92) ? Disability.None : Pick(Enum.GetValues<Disability>()[1..]),
            Occupation = adult ? Pick(Occupations) : null,
            // Whole baht mostly, sometimes satang: both must survive storage exactly.
            AnnualIncome = adult ? _random.Next(0, 60_000) + (Chance(0.2) ? _random.Next(1, 100) / 100m : 0m) : 0m,
            HoldsWelfareCard = adult && Chance(0.6),
        };
        return member;
    }

    private static EducationLevel SchoolLevelAt(int age) => age switch
    {
        < 4 => EducationLevel.None,
        < 6 => EducationLevel.PrePrimary,
        < 12 => EducationLevel.Primary,
        _ => EducationLevel.LowerSecondary,
    };

    private void AddScores(Household household)
    {
        var rounds = _random.Next(1, 3);
        for (var round = 1; round <= rounds; round++)
        {
            household.CapitalScores.Add(new CapitalScore
            {
                Round = round,
                SurveyedOn = SurveyDay.AddDays(180 * (round - 1) + _random.Next(0, 30)),
                Human = Score(),
                Physical = Score(),
                Financial = Score(),
                Natural = Score(),
                Social = Score(),
            });
        }
    }

    private void AddProblemsAndReferrals(Household household)
    {
        var dimensions = Enum.GetValues<ProblemDimension>().OrderBy(_ => _random.Next()).Take(_random.Next(1, 4));
        foreach (var dimension in dimensions)
        {
            var known = Dimensions[dimension];
            household.Problems.Add(new HouseholdProblem
            {
                Dimension = dimension,
                Description = known.Problem,
                IdentifiedOn = SurveyDay.AddDays(_random.Next(0, 30)),
            });
            if (Chance(0.6))
            {
                household.Referrals.Add(Refer(dimension, known.Agency, known.Programme, known.Help, known.Baht));
            }
        }
    }

    private Referral Refer(ProblemDimension dimension, string agency, string programme, string help, decimal? baht)
    {
        // The household's key is unknown until it is saved; EF fills HouseholdId in from the navigation.
        var at = Instant(30, 60);
        var referral = Referral.Submit(0, null, dimension, agency, programme, "officer.001", at);
        var path = Chance(0.15)
            ? [ReferralStatus.Declined, ReferralStatus.Closed]
            : new[] { ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Assisted, ReferralStatus.Closed };
        foreach (var status in path.Take(_random.Next(0, path.Length + 1)))
        {
            at = at.AddDays(_random.Next(1, 30));
            referral.MoveTo(status, status == ReferralStatus.Closed ? "officer.001" : $"{agency}.staff", at);
            if (status == ReferralStatus.Assisted)
            {
                referral.Assistance.Add(new AssistanceRecord { GivenOn = DateOnly.FromDateTime(at), Kind = help, AmountBaht = baht });
            }
        }

        return referral;
    }

    private string NextNationalId()
    {
        // A counter, not random digits, so IDs never repeat within a run; first digit 1 (Thai national born
        // after 1984 and registered on time). Padded to twelve digits, then the check digit.
        var firstTwelve = "1" + (++_people).ToString("D11", CultureInfo.InvariantCulture);
        return firstTwelve + ThaiNationalId.CheckDigit(firstTwelve).ToString(CultureInfo.InvariantCulture);
    }

    private decimal Score() => _random.Next(0, 501) / 100m;

    private DateTime Instant(int fromDay, int toDay) =>
        Epoch.AddDays(_random.Next(fromDay, toDay)).AddSeconds(_random.Next(0, 86_400));

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + _random.Next(10))));
}
