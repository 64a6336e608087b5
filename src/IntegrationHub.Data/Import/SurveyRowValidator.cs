using FluentValidation;
using IntegrationHub.Data.Configuration;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Import;

/// <summary>The checks on one row of a survey file on its own: every value well-formed and in range, every
/// code known, and the area codes agreeing with each other. Each failure names the column (the failure's
/// property name) and says what is wrong without repeating a national ID. Checks that need the household's
/// other rows are <see cref="SurveyHouseholdCheck"/>'s.</summary>
public sealed class SurveyRowValidator : AbstractValidator<SurveyRow>
{
    /// <summary>The highest annual income accepted, in baht: far above any poor household's, so a larger value
    /// is a unit or typing mistake (satang for baht, a stray digit).</summary>
    public const decimal MaxAnnualIncome = 10_000_000m;

    /// <summary>The oldest age accepted, in years.</summary>
    public const int MaxAge = 120;

    private const string Digits = "^[0-9]+$";

    /// <summary>A validator checking codes against <paramref name="geography"/> and dates against
    /// <paramref name="clock"/>'s today (UTC).</summary>
    public SurveyRowValidator(SurveyGeography geography, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        Column(SurveyColumns.HouseholdCode).NotEmpty().WithMessage("is required.")
            .MaximumLength(HouseholdConfiguration.HouseholdCodeLength)
            .WithMessage($"must be at most {HouseholdConfiguration.HouseholdCodeLength} characters.")
            .Matches("^[A-Za-z0-9_/-]+$").WithMessage("may contain only letters A-Z, digits, '-', '_' and '/'.");
        Column(SurveyColumns.HouseCode).Matches("^([0-9]{11})?$").WithMessage("must be 11 digits, or empty when the house has none.");
        Column(SurveyColumns.Address).NotEmpty().WithMessage("is required.").MaximumLength(300).WithMessage("must be at most 300 characters.");
        AreaCode(SurveyColumns.ProvinceCode, 2);
        AreaCode(SurveyColumns.DistrictCode, 4);
        AreaCode(SurveyColumns.SubdistrictCode, 6);
        AreaCode(SurveyColumns.VillageCode, 8);
        RuleFor(row => row).Custom((row, context) => CheckAreas(row, geography, context));
        Enumeration<HouseholdSource>(SurveyColumns.Source);
        Enumeration<HouseholdGroup>(SurveyColumns.Group);

        Column(SurveyColumns.NationalId).Custom((id, context) =>
        {
            if (ThaiNationalId.Problem(id) is { } problem)
            {
                context.AddFailure(SurveyColumns.NationalId, "is not a valid national ID: " + problem);
            }
        });
        Column(SurveyColumns.FirstName).NotEmpty().WithMessage("is required.").MaximumLength(100).WithMessage("must be at most 100 characters.");
        Column(SurveyColumns.LastName).NotEmpty().WithMessage("is required.").MaximumLength(100).WithMessage("must be at most 100 characters.");
        Column(SurveyColumns.BirthDate).Custom((text, context) => CheckBirthDate(text, today, context));
        Enumeration<Sex>(SurveyColumns.Sex);
        Enumeration<RelationToHead>(SurveyColumns.Relation);
        Enumeration<EducationLevel>(SurveyColumns.Education);
        Boolean(SurveyColumns.InSchool);
        Enumeration<HealthStatus>(SurveyColumns.Health);
        Enumeration<Disability>(SurveyColumns.Disability);
        Column(SurveyColumns.Occupation).MaximumLength(100).WithMessage("must be at most 100 characters.");
        Column(SurveyColumns.AnnualIncome).Custom(CheckAnnualIncome);
        Boolean(SurveyColumns.HoldsWelfareCard);
    }

    private IRuleBuilderInitial<SurveyRow, string> Column(string column) =>
        // The failure's property name is the CSV column, which the reject file reports.
        RuleFor(row => row[column]).Configure(rule => rule.PropertyName = column);

    private void AreaCode(string column, int length) =>
        Column(column).NotEmpty().WithMessage("is required.")
            .Length(length).WithMessage($"must be {length} digits.")
            .Matches(Digits).WithMessage($"must be {length} digits.");

    private void Enumeration<T>(string column) where T : struct, Enum =>
        Column(column).Must(text => SurveyValues.ParseEnum<T>(text) is not null)
            .WithMessage((_, text) => $"'{text}' is not one of {SurveyValues.NamesOf<T>()}.");

    private void Boolean(string column) =>
        Column(column).Must(text => SurveyValues.ParseBoolean(text) is not null)
            .WithMessage((_, text) => $"'{text}' is not true or false.");

    /// <summary>Each code must be known and name the parent its child really has, so a typo in one code
    /// cannot put a household in the wrong area. Only the lowest-level fault is reported per chain: with an
    /// unknown village, whether its subdistrict agrees cannot be said.</summary>
    private static void CheckAreas(SurveyRow row, SurveyGeography geography, ValidationContext<SurveyRow> context)
    {
        var village = row[SurveyColumns.VillageCode];
        var subdistrict = row[SurveyColumns.SubdistrictCode];
        var district = row[SurveyColumns.DistrictCode];
        var province = row[SurveyColumns.ProvinceCode];
        if (village.Length != 8 || subdistrict.Length != 6 || district.Length != 4 || province.Length != 2)
        {
            return; // malformed codes are already reported by their own rules
        }

        if (geography.SubdistrictOf(village) is not { } villageParent)
        {
            context.AddFailure(SurveyColumns.VillageCode, $"village {village} is not in the hub's reference data.");
        }
        else if (villageParent != subdistrict)
        {
            context.AddFailure(SurveyColumns.SubdistrictCode, $"village {village} is in subdistrict {villageParent}, not {subdistrict}.");
        }

        if (geography.DistrictOf(subdistrict) is not { } subdistrictParent)
        {
            context.AddFailure(SurveyColumns.SubdistrictCode, $"subdistrict {subdistrict} is not in the hub's reference data.");
        }
        else if (subdistrictParent != district)
        {
            context.AddFailure(SurveyColumns.DistrictCode, $"subdistrict {subdistrict} is in district {subdistrictParent}, not {district}.");
        }

        if (geography.ProvinceOf(district) is not { } districtParent)
        {
            context.AddFailure(SurveyColumns.DistrictCode, $"district {district} is not in the hub's reference data.");
        }
        else if (districtParent != province)
        {
            // A known district's province is known too (a foreign key), so this is the last check needed.
            context.AddFailure(SurveyColumns.ProvinceCode, $"district {district} is in province {districtParent}, not {province}.");
        }
    }

    private static void CheckBirthDate(string text, DateOnly today, ValidationContext<SurveyRow> context)
    {
        if (SurveyValues.ParseDate(text, out var problem) is not { } born)
        {
            context.AddFailure(SurveyColumns.BirthDate, problem!);
        }
        else if (born > today)
        {
            context.AddFailure(SurveyColumns.BirthDate, $"{text} is in the future.");
        }
        else if (born < today.AddYears(-MaxAge))
        {
            context.AddFailure(SurveyColumns.BirthDate, $"{text} would make the member older than {MaxAge}.");
        }
    }

    private static void CheckAnnualIncome(string text, ValidationContext<SurveyRow> context)
    {
        if (SurveyValues.ParseAmount(text) is not { } amount)
        {
            context.AddFailure(SurveyColumns.AnnualIncome, $"'{text}' is not an amount in baht such as 36000 or 36000.50 (no sign, no thousands separators).");
        }
        else if (amount > MaxAnnualIncome)
        {
            context.AddFailure(SurveyColumns.AnnualIncome, $"{text} is above the {MaxAnnualIncome:0} baht limit.");
        }
        else if (amount.Scale > 2 && amount != Math.Round(amount, 2))
        {
            context.AddFailure(SurveyColumns.AnnualIncome, $"{text} has more than two decimal places (satang).");
        }
    }
}
