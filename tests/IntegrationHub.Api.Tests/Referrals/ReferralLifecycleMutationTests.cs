using System.Text.Json;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrationHub.Api.Tests.Referrals.ReferralScenario;

namespace IntegrationHub.Api.Tests.Referrals;

public sealed class ReferralLifecycleMutationTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Lifecycle_AssistedPath_RecordsEachStepByTheCallingClient(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);
        var codi = Codi();

        var created = PayloadReferral(await CreateAsync(api, CreateInput(householdId), codi), "createReferral");
        var id = created.GetProperty("id").GetString()!;
        var accepted = PayloadReferral(await StepAsync(api, "acceptReferral", id, codi), "acceptReferral");
        var started = PayloadReferral(await StepAsync(api, "startReferral", id, codi), "startReferral");
        var assisted = PayloadReferral(await RecordAssistanceAsync(api, id, "2026-10-20", "house repair", 15_000.5, codi), "recordAssistance");
        var closed = PayloadReferral(await StepAsync(api, "closeReferral", id, codi), "closeReferral");

        Assert.Equal(
            ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "ASSISTED", "CLOSED"],
            new[] { created, accepted, started, assisted, closed }.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(SampleData.AgencyCode, created.GetProperty("referrerAgency").GetString());
        var help = Assert.Single(closed.GetProperty("assistance").EnumerateArray());
        Assert.Equal(("2026-10-20", "house repair", 15_000.5), (help.GetProperty("date").GetString(), help.GetProperty("kind").GetString(), help.GetProperty("amountBaht").GetDouble()));

        var key = GlobalId.DecodeKey(id, "Referral");
        await using var db = api.CreateContext();
        var transitions = await db.ReferralTransitions.Where(t => t.ReferralId == key).OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(
            [ReferralStatus.Submitted, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Assisted, ReferralStatus.Closed],
            transitions.Select(t => t.Status));
        Assert.All(transitions, t => Assert.Equal("codi-app", t.ChangedBy));
        Assert.Equal(4, (await db.Referrals.SingleAsync(r => r.Id == key)).Version);
        // Every save reached the change feed, as SaveChangesAsync records it.
        Assert.Equal(5, await db.Changes.CountAsync(c => c.Entity == ChangedEntity.Referral && c.EntityId == key));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Lifecycle_DeclineThenClose_KeepsTheReasonAndTheHubAsActor(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);

        var declined = PayloadReferral(await DeclineAsync(api, id, "outside the programme's area"), "declineReferral");
        var closed = PayloadReferral(await StepAsync(api, "closeReferral", id), "closeReferral");

        Assert.Equal(("DECLINED", "CLOSED"), (declined.GetProperty("status").GetString(), closed.GetProperty("status").GetString()));
        await using var db = api.CreateContext();
        var decline = await db.ReferralTransitions.SingleAsync(t => t.Status == ReferralStatus.Declined);
        Assert.Equal(("outside the programme's area", "hub"), (decline.Note, decline.ChangedBy));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task IllegalSteps_AreRefusedNamingFromAndTo_AndChangeNothing(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);

        var start = await StepAsync(api, "startReferral", id);
        var close = await StepAsync(api, "closeReferral", id);
        var assist = await RecordAssistanceAsync(api, id, "2026-10-20", "cash grant", null);
        PayloadReferral(await DeclineAsync(api, id, "no budget this year"), "declineReferral");
        var acceptAfterDecline = await StepAsync(api, "acceptReferral", id);

        AssertIllegal(start, "SUBMITTED", "IN_PROGRESS");
        AssertIllegal(close, "SUBMITTED", "CLOSED");
        AssertIllegal(assist, "SUBMITTED", "ASSISTED");
        AssertIllegal(acceptAfterDecline, "DECLINED", "ACCEPTED");
        Assert.Equal(
            $"Referral \"{id}\" is DECLINED and cannot move to ACCEPTED; it can move to CLOSED.",
            SingleError(acceptAfterDecline).GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, Responses.DataOf(start).GetProperty("startReferral").ValueKind);
        await using var db = api.CreateContext();
        Assert.Equal([ReferralStatus.Submitted, ReferralStatus.Declined], await db.ReferralTransitions.OrderBy(t => t.Id).Select(t => t.Status).ToListAsync());
        Assert.Empty(await db.AssistanceRecords.ToListAsync());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task AcceptReferral_ByAnotherAgency_IsRefusedAsNotYours(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddOtherAgencyAsync(api);
        var id = await AddReferralAsync(api);

        var response = await StepAsync(api, "acceptReferral", id, Moph());

        Assert.Equal("REFERRAL_NOT_YOURS", ErrorCode(response));
        Assert.Contains(OtherAgency, SingleError(response).GetProperty("message").GetString());
        await using var db = api.CreateContext();
        Assert.Equal(ReferralStatus.Submitted, (await db.Referrals.SingleAsync()).Status);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task AcceptReferral_OutsideTheCallersAreaOrUnknown_IsNotFound(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var elsewhere = await AddReferralAsync(api, SampleData.OtherVillageCode);

        var outside = await StepAsync(api, "acceptReferral", elsewhere, Codi("1001"));
        var unknown = await StepAsync(api, "acceptReferral", GlobalId.Encode("Referral", 9_999), Codi());

        Assert.Equal("NOT_FOUND", ErrorCode(outside));
        Assert.Equal("NOT_FOUND", ErrorCode(unknown));
        Assert.Equal(["input", "referralId"], SingleError(outside).GetProperty("extensions").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        await using var db = api.CreateContext();
        Assert.Equal(ReferralStatus.Submitted, (await db.Referrals.SingleAsync()).Status);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task CreateReferral_InvalidInput_ReportsEveryProblemAtItsInputPath(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var input = CreateInput(GlobalId.Encode("Member", 1), programme: "   ");
        input["agency"] = new string('x', 33);

        var response = await CreateAsync(api, input);

        var problems = response.GetProperty("errors").EnumerateArray()
            .Select(error => (
                Code: error.GetProperty("extensions").GetProperty("code").GetString(),
                Path: string.Join('.', error.GetProperty("extensions").GetProperty("path").EnumerateArray().Select(s => s.GetString())),
                Message: error.GetProperty("message").GetString()!))
            .ToList();
        // One error per problem, each at the mutation's response path and naming its own input path.
        Assert.All(problems, problem => Assert.Equal("VALIDATION_FAILED", problem.Code));
        Assert.Equal(["input.householdId", "input.agency", "input.programme"], problems.Select(p => p.Path));
        Assert.Contains("'householdId' must be the id of a Household", problems[0].Message);
        Assert.Contains("'agency'", problems[1].Message);
        Assert.Contains("'programme' must not be blank", problems[2].Message);
        await using var db = api.CreateContext();
        Assert.Equal(0, await db.Referrals.CountAsync());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task CreateReferral_UnknownAgencyOrHouseholdOutsideTheArea_IsNotFoundAtItsPath(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api, SampleData.OtherVillageCode);
        var input = CreateInput(householdId);
        input["agency"] = "nobody";

        var unknownAgency = await CreateAsync(api, input);
        var outside = await CreateAsync(api, CreateInput(householdId), Codi("1001"));

        Assert.Equal("NOT_FOUND", ErrorCode(unknownAgency));
        Assert.Equal(["input", "agency"], SingleError(unknownAgency).GetProperty("extensions").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("NOT_FOUND", ErrorCode(outside));
        Assert.Equal(["input", "householdId"], SingleError(outside).GetProperty("extensions").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoStepsInOneRequest_RunInOrder_AndEachPayloadShowsItsOwnResult(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);

        var response = await api.ExecuteAsync(
            "mutation($a: ReferralStepInput!, $b: ReferralStepInput!) { first: acceptReferral(input: $a) { referral { status } } second: startReferral(input: $b) { referral { status } } }",
            new Dictionary<string, object?>
            {
                ["a"] = new Dictionary<string, object?> { ["referralId"] = id },
                ["b"] = new Dictionary<string, object?> { ["referralId"] = id },
            });

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var data = Responses.DataOf(response);
        Assert.Equal("ACCEPTED", data.GetProperty("first").GetProperty("referral").GetProperty("status").GetString());
        Assert.Equal("IN_PROGRESS", data.GetProperty("second").GetProperty("referral").GetProperty("status").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task ExitHousehold_Twice_SecondIsAnIllegalStep(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);
        const string Exit = "mutation($input: ExitHouseholdInput!) { exitHousehold(input: $input) { household { id } } }";
        var input = new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["householdId"] = householdId, ["reason"] = "moved to Chiang Mai", ["exitedOn"] = "2026-09-30" } };

        var first = await api.ExecuteAsync(Exit, input);
        var second = await api.ExecuteAsync(Exit, input);

        Assert.False(first.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(householdId, Responses.DataOf(first).GetProperty("exitHousehold").GetProperty("household").GetProperty("id").GetString());
        Assert.Equal("ILLEGAL_TRANSITION", ErrorCode(second));
        Assert.Contains("2026-09-30", SingleError(second).GetProperty("message").GetString());
        await using var db = api.CreateContext();
        var household = await db.Households.SingleAsync();
        Assert.Equal((HouseholdStatus.Exited, "moved to Chiang Mai", new DateOnly(2026, 9, 30)), (household.Status, household.ExitReason, household.ExitedOn));
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task ExitHousehold_OnADayToCome_IsInvalid(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7).AddDays(1)).ToString("yyyy-MM-dd");

        var response = await api.ExecuteAsync(
            "mutation($input: ExitHouseholdInput!) { exitHousehold(input: $input) { household { id } } }",
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["householdId"] = householdId, ["reason"] = "deceased", ["exitedOn"] = tomorrow } });

        Assert.Equal("VALIDATION_FAILED", ErrorCode(response));
        Assert.Equal(["input", "exitedOn"], SingleError(response).GetProperty("extensions").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        await using var db = api.CreateContext();
        Assert.Equal(HouseholdStatus.Active, (await db.Households.SingleAsync()).Status);
    }

    private static void AssertIllegal(JsonElement response, string from, string to)
    {
        var extensions = SingleError(response).GetProperty("extensions");
        Assert.Equal("ILLEGAL_TRANSITION", extensions.GetProperty("code").GetString());
        Assert.Equal((from, to), (extensions.GetProperty("from").GetString(), extensions.GetProperty("to").GetString()));
    }
}
