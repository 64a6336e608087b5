using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Tests.Infrastructure;

/// <summary>Small, valid records for tests: one village in Bangkok's Phra Nakhon district, an agency, and
/// households and members to put there.</summary>
public static class SampleData
{
    /// <summary>The sample village's code.</summary>
    public const string VillageCode = "10010101";

    /// <summary>A second village, in another district, for area filters.</summary>
    public const string OtherVillageCode = "10020101";

    /// <summary>The sample agency's code.</summary>
    public const string AgencyCode = "codi";

    /// <summary>National IDs with correct check digits.</summary>
    public static readonly string[] NationalIds = ["1101700230708", "3100600445864", "1234567890121", "5600100000016"];

    /// <summary>Adds the geography and agency that households and referrals refer to, and saves.</summary>
    public static async Task AddReferenceDataAsync(HubDbContext db)
    {
        var province = new Province { Code = "10", NameTh = "กรุงเทพมหานคร", NameEn = "Bangkok" };
        province.Districts.Add(District("1001", "เขตพระนคร", VillageCode));
        province.Districts.Add(District("1002", "เขตดุสิต", OtherVillageCode));
        db.Provinces.Add(province);
        db.Agencies.Add(new Agency { Code = AgencyCode, NameTh = "สถาบันพัฒนาองค์กรชุมชน", NameEn = "Community Organizations Development Institute" });
        await db.SaveChangesAsync();
    }

    /// <summary>A new household in <paramref name="villageCode"/>, not yet added.</summary>
    public static Household Household(string villageCode = VillageCode) => new()
    {
        Source = HouseholdSource.Tpmap,
        HouseCode = "10010000001",
        Address = "12/3 ซอยบ้านบาตร",
        VillageCode = villageCode,
        Group = HouseholdGroup.OpportunityLacking,
    };

    /// <summary>A new member with the <paramref name="index"/>th sample national ID, not yet added.</summary>
    public static Member Member(int index = 0) => new()
    {
        NationalId = NationalIds[index],
        FirstNameTh = "สมชาย",
        LastNameTh = "ใจดี",
        BirthDate = new DateOnly(1975, 4, 13),
        Sex = Sex.Male,
        Relation = index == 0 ? RelationToHead.Head : RelationToHead.Child,
        Education = EducationLevel.Primary,
        Health = HealthStatus.Healthy,
        Disability = Disability.None,
        AnnualIncome = 36_000.50m,
    };

    private static District District(string code, string name, string villageCode)
    {
        var district = new District { Code = code, ProvinceCode = "10", NameTh = name };
        var subdistrict = new Subdistrict { Code = villageCode[..6], DistrictCode = code, NameTh = "แขวง " + name };
        subdistrict.Villages.Add(new Village { Code = villageCode, SubdistrictCode = subdistrict.Code, NameTh = "หมู่ 1" });
        district.Subdistricts.Add(subdistrict);
        return district;
    }
}
