using IntegrationHub.Api.Access;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

/// <summary>Records for the household query tests beyond <see cref="SampleData"/>: a second province, for callers
/// whose MOU covers one province only, and households with scores and problems.</summary>
internal static class HouseholdSamples
{
    /// <summary>A village in Kalasin (province 46), outside Bangkok (10), where <see cref="SampleData"/> lives.</summary>
    public const string KalasinVillageCode = "46010101";

    /// <summary>Adds the Kalasin geography down to <see cref="KalasinVillageCode"/>.</summary>
    public static Task AddKalasinAsync(ApiTestContext api)
    {
        var province = new Province { Code = "46", NameTh = "กาฬสินธุ์", NameEn = "Kalasin" };
        var district = new District { Code = "4601", ProvinceCode = "46", NameTh = "เมืองกาฬสินธุ์" };
        var subdistrict = new Subdistrict { Code = "460101", DistrictCode = "4601", NameTh = "กาฬสินธุ์" };
        subdistrict.Villages.Add(new Village { Code = KalasinVillageCode, SubdistrictCode = "460101", NameTh = "หมู่ 1" });
        district.Subdistricts.Add(subdistrict);
        province.Districts.Add(district);
        return api.AddAsync(province);
    }

    /// <summary>A caller from an agency whose MOU covers Kalasin only.</summary>
    public static RequestCaller KalasinCaller()
    {
        var caller = new RequestCaller();
        caller.Establish("kalasin-client", SampleData.AgencyCode, CallerArea.Of(["46"]));
        return caller;
    }

    /// <summary>A household in <paramref name="villageCode"/> scored in one round with these scores.</summary>
    public static Household Scored(decimal human, decimal financial, string villageCode = SampleData.VillageCode)
    {
        var household = SampleData.Household(villageCode);
        household.CapitalScores.Add(Round(1, new DateOnly(2025, 6, 1), human, financial));
        return household;
    }

    /// <summary>Scores of round <paramref name="round"/>; physical, natural and social are 3.</summary>
    public static CapitalScore Round(int round, DateOnly surveyedOn, decimal human, decimal financial) => new()
    {
        Round = round,
        SurveyedOn = surveyedOn,
        Human = human,
        Physical = 3m,
        Financial = financial,
        Natural = 3m,
        Social = 3m,
    };

    /// <summary>A problem on <paramref name="dimension"/>.</summary>
    public static HouseholdProblem Problem(ProblemDimension dimension, string description = "ไม่มีน้ำประปา") => new()
    {
        Dimension = dimension,
        Description = description,
        IdentifiedOn = new DateOnly(2025, 6, 1),
    };
}
