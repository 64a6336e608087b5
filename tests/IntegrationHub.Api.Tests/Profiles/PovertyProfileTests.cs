using System.Text.Json;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Profiles;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Profiles;

public sealed class PovertyProfileTests
{
    private const string ProfileQuery = """
        query($area: String!) {
          povertyProfile(areaCode: $area) {
            areaCode areaName
            households { count suppressed }
            byGroup { group households { count suppressed } }
            byCapitalScore { capital bands { minimum maximum households { count suppressed } } }
            byProblemDimension { dimension households { count suppressed } }
          }
        }
        """;

    private const string Province = "10";
    private static readonly string District = SampleData.VillageCode[..4];

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_Province_CountsActiveHouseholdsWithSmallCellsSuppressed(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddProvinceAsync(api);

        var profile = await ProfileAsync(api, Province);

        Assert.Equal(Province, profile.GetProperty("areaCode").GetString());
        Assert.Equal("กรุงเทพมหานคร", profile.GetProperty("areaName").GetString());
        Assert.Equal("20", Show(profile.GetProperty("households")));
        Assert.Equal("DESTITUTE=6 OPPORTUNITY_LACKING=14", Cells(profile.GetProperty("byGroup"), "group"));
        var capitals = profile.GetProperty("byCapitalScore").EnumerateArray()
            .ToDictionary(c => c.GetProperty("capital").GetString()!, c => string.Join(' ', c.GetProperty("bands").EnumerateArray().Select(b => Show(b.GetProperty("households")))));
        // Human: 12 in 1-2 (one of them 4.5 in an older round), 3 in 3-4 withheld; 5 households never scored, so
        // the 3 cannot be subtracted out. The other capitals put every score in one band, edges included.
        Assert.Equal("0 12 0 ? 0", capitals["HUMAN"]);
        Assert.Equal("0 0 15 0 0", capitals["PHYSICAL"]);
        Assert.Equal("0 0 0 0 15", capitals["FINANCIAL"]);
        Assert.Equal("15 0 0 0 0", capitals["NATURAL"]);
        Assert.Equal("0 0 0 0 15", capitals["SOCIAL"]);
        Assert.Equal(["HUMAN", "PHYSICAL", "FINANCIAL", "NATURAL", "SOCIAL"], capitals.Keys);
        var bands = profile.GetProperty("byCapitalScore")[0].GetProperty("bands").EnumerateArray()
            .Select(b => $"{b.GetProperty("minimum").GetDouble()}-{b.GetProperty("maximum").GetDouble()}");
        Assert.Equal(["0-1", "1-2", "2-3", "3-4", "4-5"], bands);
        // Health: 17 of 20 would tell which 3 have none, so it is withheld; education: 2 households.
        Assert.Equal("HEALTH=? LIVING_CONDITIONS=0 EDUCATION=? INCOME=7 PUBLIC_SERVICES=0",
            Cells(profile.GetProperty("byProblemDimension"), "dimension"));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_OneSmallGroup_IsWithheldWithItsComplement(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddProvinceAsync(api);

        var profile = await ProfileAsync(api, District);

        // Six destitute and two other households: the 2 is withheld, and the 6 with it, which is 8 - 2.
        Assert.Equal("8", Show(profile.GetProperty("households")));
        Assert.Equal("DESTITUTE=? OPPORTUNITY_LACKING=?", Cells(profile.GetProperty("byGroup"), "group"));
        Assert.All(profile.GetProperty("byGroup").EnumerateArray(),
            g => Assert.True(g.GetProperty("households").GetProperty("suppressed").GetBoolean()));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_FewHouseholds_WithholdsTheTotalAndEveryNonZeroCell(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await api.AddAsync(SampleData.Household(), SampleData.Household());

        var profile = await ProfileAsync(api, SampleData.VillageCode[..6]);

        Assert.Equal("?", Show(profile.GetProperty("households")));
        Assert.True(profile.GetProperty("households").GetProperty("suppressed").GetBoolean());
        Assert.Equal("DESTITUTE=0 OPPORTUNITY_LACKING=?", Cells(profile.GetProperty("byGroup"), "group"));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_CallerRestrictedToADistrict_ProfilesOnlyInsideIt(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddProvinceAsync(api);
        var caller = new RequestCaller();
        caller.Establish("district-client", SampleData.AgencyCode, CallerArea.Of([District]));

        var own = await ProfileAsync(api, District, caller);
        var province = await api.ExecuteAsync(ProfileQuery, Area(Province), caller);
        var neighbour = await api.ExecuteAsync(ProfileQuery, Area(SampleData.OtherVillageCode[..4]), caller);

        Assert.Equal("8", Show(own.GetProperty("households")));
        Assert.Equal(ProfileArea.AreaOutsideMouCode, ErrorCode(province));
        Assert.Equal(ProfileArea.AreaOutsideMouCode, ErrorCode(neighbour));
        Assert.Contains(District, Error(province).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, DataOf(province).GetProperty("povertyProfile").ValueKind);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_TwoAreasInOneRequest_AreEachCountedInTheirOwnSnapshot(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddProvinceAsync(api);

        // Sibling fields resolve concurrently on the request's one context; each profile's snapshot transaction must
        // not collide with the other's.
        var response = await api.ExecuteAsync(
            $"{{ own: povertyProfile(areaCode: \"{District}\") {{ households {{ count }} }} other: povertyProfile(areaCode: \"{SampleData.OtherVillageCode[..4]}\") {{ households {{ count }} }} }}");

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(8, DataOf(response).GetProperty("own").GetProperty("households").GetProperty("count").GetInt32());
        Assert.Equal(12, DataOf(response).GetProperty("other").GetProperty("households").GetProperty("count").GetInt32());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_CountsWithAggregatesOnly(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddProvinceAsync(api);

        await ProfileAsync(api, Province);

        // The area's name, the total, groups, dimensions and one query per capital: no household row is read.
        Assert.Equal(9, api.Sql.Commands.Count);
        Assert.All(api.Sql.Commands.Skip(1), sql => Assert.Contains("COUNT(", sql, StringComparison.OrdinalIgnoreCase));
        Assert.All(api.Sql.Commands, sql => Assert.DoesNotContain("address", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "1")]
    [InlineData(DatabaseProvider.Sqlite, "100")]
    [InlineData(DatabaseProvider.Sqlite, "10010101")]
    [InlineData(DatabaseProvider.Sqlite, "1O")]
    [InlineData(DatabaseProvider.Sqlite, "1%")]
    [InlineData(DatabaseProvider.Sqlite, "")]
    public async Task PovertyProfile_MalformedAreaCode_FailsAsInvalidAreaCode(DatabaseProvider provider, string code)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync(ProfileQuery, Area(code));

        Assert.Equal(ProfileArea.InvalidAreaCode, ErrorCode(response));
        Assert.Contains($"\"{code}\"", Error(response).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task PovertyProfile_UnknownArea_FailsAsAreaNotFound(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync(ProfileQuery, Area("1099"));

        Assert.Equal(ProfileArea.AreaNotFoundCode, ErrorCode(response));
        Assert.Contains("no district", Error(response).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Twenty active households in province 10 (eight in the sample district, twelve in the other) and one
    /// exited household that no count may include.</summary>
    private static async Task AddProvinceAsync(ApiTestContext api)
    {
        var households = new List<Household>();
        for (var i = 0; i < 20; i++)
        {
            var household = SampleData.Household(i < 8 ? SampleData.VillageCode : SampleData.OtherVillageCode);
            household.Group = i < 6 ? HouseholdGroup.Destitute : HouseholdGroup.OpportunityLacking;
            if (i < 15)
            {
                if (i == 0)
                {
                    household.CapitalScores.Add(Scores(round: 1, human: 4.5m));
                }

                household.CapitalScores.Add(Scores(round: i == 0 ? 2 : 1, human: i < 12 ? 1.5m : 3.2m));
            }

            if (i < 17)
            {
                household.Problems.Add(Problem(ProblemDimension.Health));
            }

            if (i == 0)
            {
                household.Problems.Add(Problem(ProblemDimension.Health));
            }

            if (i is 15 or 16)
            {
                household.Problems.Add(Problem(ProblemDimension.Education));
            }

            if (i < 7)
            {
                household.Problems.Add(Problem(ProblemDimension.Income));
            }

            households.Add(household);
        }

        var exited = SampleData.Household();
        exited.Group = HouseholdGroup.Destitute;
        exited.CapitalScores.Add(Scores(round: 1, human: 3.5m));
        exited.Problems.Add(Problem(ProblemDimension.LivingConditions));
        exited.Exit("Income above the poverty line", new DateOnly(2026, 9, 30));
        households.Add(exited);
        await api.AddAsync([.. households]);
    }

    private static CapitalScore Scores(int round, decimal human) => new()
    {
        Round = round, SurveyedOn = new DateOnly(2025 + round, 6, 1),
        Human = human, Physical = 2.00m, Financial = 5.00m, Natural = 0.99m, Social = 4.00m,
    };

    private static HouseholdProblem Problem(ProblemDimension dimension) =>
        new() { Dimension = dimension, Description = "บันทึกจากการสำรวจ", IdentifiedOn = new DateOnly(2026, 6, 1) };

    private static Dictionary<string, object?> Area(string code) => new() { ["area"] = code };

    private static async Task<JsonElement> ProfileAsync(ApiTestContext api, string area, RequestCaller? caller = null)
    {
        var response = await api.ExecuteAsync(ProfileQuery, Area(area), caller);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return DataOf(response).GetProperty("povertyProfile");
    }

    /// <summary>A count as text: the number, or "?" when withheld (checking that suppressed agrees).</summary>
    private static string Show(JsonElement count)
    {
        var suppressed = count.GetProperty("suppressed").GetBoolean();
        Assert.Equal(suppressed, count.GetProperty("count").ValueKind == JsonValueKind.Null);
        return suppressed ? "?" : count.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Cells(JsonElement list, string key) =>
        string.Join(' ', list.EnumerateArray().Select(c => $"{c.GetProperty(key).GetString()}={Show(c.GetProperty("households"))}"));

    private static JsonElement Error(JsonElement response) => Assert.Single(response.GetProperty("errors").EnumerateArray());

    private static string? ErrorCode(JsonElement response) =>
        Error(response).GetProperty("extensions").GetProperty("code").GetString();
}
