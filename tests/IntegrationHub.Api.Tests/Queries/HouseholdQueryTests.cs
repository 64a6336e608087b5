using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Queries;

public sealed class HouseholdQueryTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_ById_ReturnsFieldsAndMembers(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.HouseholdCode = "KSN-0001";
        household.Members.Add(SampleData.Member(0));
        household.Members.Add(SampleData.Member(1));
        await api.AddAsync(household);
        var id = GlobalId.Encode("Household", household.Id);

        var response = await api.ExecuteAsync(
            "query($id: ID!) { household(id: $id) { id householdCode group areaCode memberCount members { nationalId firstName birthDate sex relationToHead educationLevel schoolEnrolment } } }",
            new Dictionary<string, object?> { ["id"] = id });

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var data = DataOf(response).GetProperty("household");
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal("KSN-0001", data.GetProperty("householdCode").GetString());
        Assert.Equal("OPPORTUNITY_LACKING", data.GetProperty("group").GetString());
        Assert.Equal(SampleData.VillageCode, data.GetProperty("areaCode").GetString());
        Assert.Equal(2, data.GetProperty("memberCount").GetInt32());
        var head = data.GetProperty("members")[0];
        Assert.Equal(SampleData.NationalIds[0], head.GetProperty("nationalId").GetString());
        Assert.Equal("สมชาย", head.GetProperty("firstName").GetString());
        Assert.Equal("1975-04-13", head.GetProperty("birthDate").GetString());
        Assert.Equal("MALE", head.GetProperty("sex").GetString());
        Assert.Equal("HEAD", head.GetProperty("relationToHead").GetString());
        Assert.Equal("PRIMARY", head.GetProperty("educationLevel").GetString());
        Assert.False(head.GetProperty("schoolEnrolment").GetBoolean());
        Assert.Equal("CHILD", data.GetProperty("members")[1].GetProperty("relationToHead").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_UnknownId_IsNullWithoutError(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);

        var response = await api.ExecuteAsync($"{{ household(id: \"{GlobalId.Encode("Household", 404)}\") {{ id }} }}");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("household").ValueKind);
        Assert.False(response.TryGetProperty("errors", out _));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_MemberId_FailsAsInvalidIdAndKeepsSiblings(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.Members.Add(SampleData.Member());
        await api.AddAsync(household);

        var response = await api.ExecuteAsync(
            $"{{ wrong: household(id: \"{GlobalId.Encode("Member", household.Members[0].Id)}\") {{ id }} right: member(id: \"{GlobalId.Encode("Member", household.Members[0].Id)}\") {{ lastName }} }}");

        Assert.Equal(JsonValueKind.Null, DataOf(response).GetProperty("wrong").ValueKind);
        Assert.Equal("ใจดี", DataOf(response).GetProperty("right").GetProperty("lastName").GetString());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(GlobalId.InvalidIdCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("wrong", error.GetProperty("path")[0].GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Node_HouseholdAndMemberIds_ResolveToTheirTypes(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = SampleData.Household();
        household.Members.Add(SampleData.Member());
        await api.AddAsync(household);
        var householdId = GlobalId.Encode("Household", household.Id);
        var memberId = GlobalId.Encode("Member", household.Members[0].Id);

        var response = await api.ExecuteAsync(
            $"{{ h: node(id: \"{householdId}\") {{ __typename id }} m: node(id: \"{memberId}\") {{ __typename id ... on Member {{ nationalId }} }} other: node(id: \"{GlobalId.Encode("Survey", 1)}\") {{ id }} }}");

        var data = DataOf(response);
        Assert.Equal("Household", data.GetProperty("h").GetProperty("__typename").GetString());
        Assert.Equal(householdId, data.GetProperty("h").GetProperty("id").GetString());
        Assert.Equal("Member", data.GetProperty("m").GetProperty("__typename").GetString());
        Assert.Equal(SampleData.NationalIds[0], data.GetProperty("m").GetProperty("nationalId").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("other").ValueKind);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Household_Referrals_ReturnStatusSubmissionAndAssistance(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var household = (await api.AddAsync(SampleData.Household()))[0];
        var referral = Referral.Submit(household.Id, null, ProblemDimension.Education, SampleData.AgencyCode, "Scholarship",
            "officer", new DateTime(2026, 1, 5, 2, 30, 0, DateTimeKind.Utc));
        referral.MoveTo(ReferralStatus.Accepted, "codi-desk", new DateTime(2026, 1, 6, 0, 0, 0, DateTimeKind.Utc));
        referral.Assistance.Add(new AssistanceRecord { GivenOn = new DateOnly(2026, 2, 1), Kind = "scholarship", AmountBaht = 4_500.25m });
        referral.Assistance.Add(new AssistanceRecord { GivenOn = new DateOnly(2026, 3, 1), Kind = "school uniform" });
        await api.AddAsync(referral);

        var response = await api.ExecuteAsync(
            $"{{ household(id: \"{GlobalId.Encode("Household", household.Id)}\") {{ referrals {{ id dimension agency programme status submittedAt assistance {{ date kind amountBaht }} }} }} }}");

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var data = DataOf(response).GetProperty("household").GetProperty("referrals")[0];
        Assert.Equal(GlobalId.Encode("Referral", referral.Id), data.GetProperty("id").GetString());
        Assert.Equal("EDUCATION", data.GetProperty("dimension").GetString());
        Assert.Equal(SampleData.AgencyCode, data.GetProperty("agency").GetString());
        Assert.Equal("Scholarship", data.GetProperty("programme").GetString());
        Assert.Equal("ACCEPTED", data.GetProperty("status").GetString());
        Assert.Equal("2026-01-05T02:30:00Z", data.GetProperty("submittedAt").GetString());
        var assistance = data.GetProperty("assistance");
        Assert.Equal("2026-02-01", assistance[0].GetProperty("date").GetString());
        Assert.Equal(4_500.25, assistance[0].GetProperty("amountBaht").GetDouble());
        Assert.Equal("school uniform", assistance[1].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, assistance[1].GetProperty("amountBaht").ValueKind);

        var node = await api.ExecuteAsync($"{{ node(id: \"{GlobalId.Encode("Referral", referral.Id)}\") {{ __typename ... on Referral {{ programme }} }} }}");
        Assert.Equal("Scholarship", DataOf(node).GetProperty("node").GetProperty("programme").GetString());
    }
}
