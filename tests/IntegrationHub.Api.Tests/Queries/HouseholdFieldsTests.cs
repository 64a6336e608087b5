using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

public sealed class HouseholdFieldsTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_ProgrammeAndVerificationFields_ReadAsStored(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.VerificationStatus = VerificationStatus.Verified;
        household.VerificationMethod = VerificationMethod.OnSite;
        household.VerifiedBy = "officer";
        household.VerifiedAt = new DateTime(2026, 1, 20, 3, 15, 0, DateTimeKind.Utc);
        household.Exit("moved to another province", new DateOnly(2026, 2, 1));
        await api.AddAsync(new FixedClock(new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero)), household);

        var data = await HouseholdAsync(api, household,
            "address status exitedOn exitReason verificationStatus verificationMethod verifiedAt updatedAt");

        Assert.Equal("12/3 ซอยบ้านบาตร", data.GetProperty("address").GetString());
        Assert.Equal("EXITED", data.GetProperty("status").GetString());
        Assert.Equal("2026-02-01", data.GetProperty("exitedOn").GetString());
        Assert.Equal("moved to another province", data.GetProperty("exitReason").GetString());
        Assert.Equal("VERIFIED", data.GetProperty("verificationStatus").GetString());
        Assert.Equal("ON_SITE", data.GetProperty("verificationMethod").GetString());
        Assert.Equal("2026-01-20T03:15:00Z", data.GetProperty("verifiedAt").GetString());
        Assert.Equal("2026-02-02T08:00:00Z", data.GetProperty("updatedAt").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_ActiveAndPending_HasNullExitAndVerificationDetails(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = (await api.AddAsync(SampleData.Household()))[0];

        var data = await HouseholdAsync(api, household,
            "status exitedOn exitReason verificationStatus verificationMethod verifiedAt surveyedOn capitalScores { human } problems { dimension }");

        Assert.Equal("ACTIVE", data.GetProperty("status").GetString());
        Assert.Equal("PENDING", data.GetProperty("verificationStatus").GetString());
        foreach (var field in new[] { "exitedOn", "exitReason", "verificationMethod", "verifiedAt", "surveyedOn", "capitalScores" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }

        Assert.Empty(data.GetProperty("problems").EnumerateArray());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_CapitalScores_AreTheLatestRound(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.CapitalScores.Add(HouseholdSamples.Round(2, new DateOnly(2025, 12, 1), human: 3.25m, financial: 2.5m));
        household.CapitalScores.Add(HouseholdSamples.Round(1, new DateOnly(2025, 6, 1), human: 1m, financial: 1m));
        await api.AddAsync(household);

        var data = await HouseholdAsync(api, household,
            "surveyedOn capitalScores { round surveyedOn human physical financial natural social }");

        Assert.Equal("2025-12-01", data.GetProperty("surveyedOn").GetString());
        var scores = data.GetProperty("capitalScores");
        Assert.Equal(2, scores.GetProperty("round").GetInt32());
        Assert.Equal("2025-12-01", scores.GetProperty("surveyedOn").GetString());
        Assert.Equal(3.25, scores.GetProperty("human").GetDouble());
        Assert.Equal(3.0, scores.GetProperty("physical").GetDouble());
        Assert.Equal(2.5, scores.GetProperty("financial").GetDouble());
        Assert.Equal(3.0, scores.GetProperty("natural").GetDouble());
        Assert.Equal(3.0, scores.GetProperty("social").GetDouble());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_Problems_ListInRecordedOrder(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.Problems.Add(HouseholdSamples.Problem(ProblemDimension.LivingConditions, "หลังคารั่ว"));
        household.Problems.Add(HouseholdSamples.Problem(ProblemDimension.Income, "รายได้ต่ำกว่าเส้นความยากจน"));
        await api.AddAsync(household);

        var problems = (await HouseholdAsync(api, household, "problems { dimension description recordedOn }")).GetProperty("problems");

        Assert.Equal(2, problems.GetArrayLength());
        Assert.Equal("LIVING_CONDITIONS", problems[0].GetProperty("dimension").GetString());
        Assert.Equal("หลังคารั่ว", problems[0].GetProperty("description").GetString());
        Assert.Equal("2025-06-01", problems[0].GetProperty("recordedOn").GetString());
        Assert.Equal("INCOME", problems[1].GetProperty("dimension").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Member_IncomeHealthAndDisability_ReadAsStored(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        var member = SampleData.Member();
        member.AnnualIncome = 48_250.75m;
        member.Health = HealthStatus.ChronicIllness;
        member.Disability = Disability.Hearing;
        household.Members.Add(member);
        await api.AddAsync(household);

        var response = await api.ExecuteAsync(
            $"{{ member(id: \"{GlobalId.Encode("Member", member.Id)}\") {{ annualIncomeBaht healthCondition disability }} }}");

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var data = DataOf(response).GetProperty("member");
        Assert.Equal(48_250.75, data.GetProperty("annualIncomeBaht").GetDouble());
        Assert.Equal("CHRONIC_ILLNESS", data.GetProperty("healthCondition").GetString());
        Assert.Equal("HEARING", data.GetProperty("disability").GetString());
    }

    private static async Task<JsonElement> HouseholdAsync(ApiTestContext api, Household household, string selection)
    {
        var response = await api.ExecuteAsync($"{{ household(id: \"{GlobalId.Encode("Household", household.Id)}\") {{ {selection} }} }}");
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return DataOf(response).GetProperty("household");
    }
}
