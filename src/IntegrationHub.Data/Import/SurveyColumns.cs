namespace IntegrationHub.Data.Import;

/// <summary>The columns of the provincial survey export, one row per household member with the household's
/// columns repeated on each of its rows. Headers are these English snake_case names (the Thai labels are in
/// Import/README.md); their order in a file does not matter.</summary>
public static class SurveyColumns
{
    /// <summary>The survey's household code: the household's natural key.</summary>
    public const string HouseholdCode = "household_code";

    /// <summary>The eleven-digit civil-registry house code, or empty.</summary>
    public const string HouseCode = "house_code";

    /// <summary>House number, lane, road.</summary>
    public const string Address = "address";

    /// <summary>The eight-digit village code.</summary>
    public const string VillageCode = "village_code";

    /// <summary>The six-digit subdistrict code; must be the village's.</summary>
    public const string SubdistrictCode = "subdistrict_code";

    /// <summary>The four-digit district code; must be the subdistrict's.</summary>
    public const string DistrictCode = "district_code";

    /// <summary>The two-digit province code; must be the district's.</summary>
    public const string ProvinceCode = "province_code";

    /// <summary>Where the household record came from.</summary>
    public const string Source = "source";

    /// <summary>The programme group.</summary>
    public const string Group = "household_group";

    /// <summary>The member's thirteen-digit national ID: the member's natural key within the household.</summary>
    public const string NationalId = "national_id";

    /// <summary>Given name in Thai.</summary>
    public const string FirstName = "first_name_th";

    /// <summary>Family name in Thai.</summary>
    public const string LastName = "last_name_th";

    /// <summary>Date of birth, yyyy-MM-dd, Common Era.</summary>
    public const string BirthDate = "birth_date";

    /// <summary>Sex.</summary>
    public const string Sex = "sex";

    /// <summary>Relation to the head of the household.</summary>
    public const string Relation = "relation";

    /// <summary>Education level.</summary>
    public const string Education = "education";

    /// <summary>In school now: true or false.</summary>
    public const string InSchool = "in_school";

    /// <summary>Health status.</summary>
    public const string Health = "health";

    /// <summary>Disability.</summary>
    public const string Disability = "disability";

    /// <summary>Main occupation, or empty.</summary>
    public const string Occupation = "occupation";

    /// <summary>Income over the last twelve months in baht.</summary>
    public const string AnnualIncome = "annual_income";

    /// <summary>Holds the state welfare card: true or false.</summary>
    public const string HoldsWelfareCard = "holds_welfare_card";

    /// <summary>Every column a file must have, in the order the sample and the reject file use.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        HouseholdCode, HouseCode, Address, VillageCode, SubdistrictCode, DistrictCode, ProvinceCode, Source, Group,
        NationalId, FirstName, LastName, BirthDate, Sex, Relation, Education, InSchool, Health, Disability,
        Occupation, AnnualIncome, HoldsWelfareCard,
    ];

    /// <summary>The columns that describe the household, so must be the same on every row of one household.</summary>
    public static readonly IReadOnlyList<string> HouseholdLevel =
        [HouseholdCode, HouseCode, Address, VillageCode, SubdistrictCode, DistrictCode, ProvinceCode, Source, Group];
}
