using System.Text.Json;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Api.Tests.Referrals;

/// <summary>The cast and documents of the referral tests: the sample agency (codi) and a second one (moph), each
/// with a client, and the mutations as clients send them.</summary>
public static class ReferralScenario
{
    /// <summary>The second agency's code.</summary>
    public const string OtherAgency = "moph";

    /// <summary>The selection every referral mutation test reads back.</summary>
    public const string ReferralFields = "referral { id status agency referrerAgency programme dimension assistance { date kind amountBaht } }";

    /// <summary>A caller of the sample agency covering <paramref name="areaCodes"/> (the whole country when none).</summary>
    public static RequestCaller Codi(params string[] areaCodes) => Caller("codi-app", SampleData.AgencyCode, areaCodes);

    /// <summary>A caller of the second agency covering the whole country.</summary>
    public static RequestCaller Moph() => Caller("moph-app", OtherAgency, []);

    /// <summary>A caller of <paramref name="agency"/> as client <paramref name="clientId"/>.</summary>
    public static RequestCaller Caller(string clientId, string agency, string[] areaCodes)
    {
        var caller = new RequestCaller();
        caller.Establish(clientId, agency, areaCodes.Length == 0 ? CallerArea.WholeCountry : CallerArea.Of(areaCodes));
        return caller;
    }

    /// <summary>Adds the second agency.</summary>
    public static Task AddOtherAgencyAsync(ApiTestContext api) =>
        api.AddAsync(new Agency { Code = OtherAgency, NameTh = "กระทรวงสาธารณสุข", NameEn = "Ministry of Public Health" });

    /// <summary>Adds a household in <paramref name="villageCode"/> and returns its global id.</summary>
    public static async Task<string> AddHouseholdAsync(ApiTestContext api, string villageCode = SampleData.VillageCode)
    {
        var household = SampleData.Household(villageCode);
        household.Members.Add(SampleData.Member());
        await api.AddAsync(household);
        return GlobalId.Encode("Household", household.Id);
    }

    /// <summary>Adds a submitted referral to the sample agency of a new household in <paramref name="villageCode"/>;
    /// returns its global id.</summary>
    public static async Task<string> AddReferralAsync(ApiTestContext api, string villageCode = SampleData.VillageCode)
    {
        var household = SampleData.Household(villageCode);
        await api.AddAsync(household);
        var referral = Referral.Submit(household.Id, null, ProblemDimension.LivingConditions, SampleData.AgencyCode, "Baan Mankong",
            "officer.a", new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc));
        await api.AddAsync(referral);
        return GlobalId.Encode("Referral", referral.Id);
    }

    /// <summary>Sends a step mutation (<c>acceptReferral</c>, <c>startReferral</c>, <c>closeReferral</c>).</summary>
    public static Task<JsonElement> StepAsync(
        ApiTestContext api, string mutation, string referralId, RequestCaller? caller = null, string? idempotencyKey = null) =>
        api.ExecuteAsync(
            $"mutation($input: ReferralStepInput!, $key: String) {{ {mutation}(input: $input, idempotencyKey: $key) {{ {ReferralFields} }} }}",
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["referralId"] = referralId }, ["key"] = idempotencyKey },
            caller);

    /// <summary>Sends <c>declineReferral</c>.</summary>
    public static Task<JsonElement> DeclineAsync(ApiTestContext api, string referralId, string reason, RequestCaller? caller = null) =>
        api.ExecuteAsync(
            $"mutation($input: DeclineReferralInput!) {{ declineReferral(input: $input) {{ {ReferralFields} }} }}",
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["referralId"] = referralId, ["reason"] = reason } },
            caller);

    /// <summary>Sends <c>recordAssistance</c>.</summary>
    public static Task<JsonElement> RecordAssistanceAsync(
        ApiTestContext api, string referralId, string givenOn, string kind, double? amountBaht, RequestCaller? caller = null) =>
        api.ExecuteAsync(
            $"mutation($input: RecordAssistanceInput!) {{ recordAssistance(input: $input) {{ {ReferralFields} }} }}",
            new Dictionary<string, object?>
            {
                ["input"] = new Dictionary<string, object?> { ["referralId"] = referralId, ["givenOn"] = givenOn, ["kind"] = kind, ["amountBaht"] = amountBaht },
            },
            caller);

    /// <summary>Sends <c>createReferral</c> with <paramref name="input"/> as given.</summary>
    public static Task<JsonElement> CreateAsync(
        ApiTestContext api, IReadOnlyDictionary<string, object?> input, RequestCaller? caller = null, string? idempotencyKey = null) =>
        api.ExecuteAsync(
            $"mutation($input: CreateReferralInput!, $key: String) {{ createReferral(input: $input, idempotencyKey: $key) {{ {ReferralFields} }} }}",
            new Dictionary<string, object?> { ["input"] = input, ["key"] = idempotencyKey },
            caller);

    /// <summary>A valid <c>CreateReferralInput</c> for <paramref name="householdId"/>.</summary>
    public static Dictionary<string, object?> CreateInput(string householdId, string programme = "Baan Mankong") => new()
    {
        ["householdId"] = householdId,
        ["dimension"] = "LIVING_CONDITIONS",
        ["agency"] = SampleData.AgencyCode,
        ["programme"] = programme,
    };

    /// <summary>The referral in a mutation's payload, after asserting the response has no errors.</summary>
    public static JsonElement PayloadReferral(JsonElement response, string mutation)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return Responses.DataOf(response).GetProperty(mutation).GetProperty("referral");
    }

    /// <summary>The response's only error, after asserting it has exactly one.</summary>
    public static JsonElement SingleError(JsonElement response) =>
        Assert.Single(response.GetProperty("errors").EnumerateArray());

    /// <summary>The <c>extensions.code</c> of the response's only error.</summary>
    public static string? ErrorCode(JsonElement response) =>
        SingleError(response).GetProperty("extensions").GetProperty("code").GetString();
}
