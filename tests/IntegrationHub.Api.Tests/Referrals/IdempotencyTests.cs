using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationHub.Api.Tests.Referrals.ReferralScenario;

namespace IntegrationHub.Api.Tests.Referrals;

public sealed class IdempotencyTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task CreateReferral_RetriedWithTheSameKey_ReturnsTheFirstReferralAndCreatesNoOther(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);
        var input = CreateInput(householdId);
        // The retry spells the same input in another field order: it is the same request.
        var reordered = input.Reverse().ToDictionary(p => p.Key, p => p.Value);

        var first = PayloadReferral(await CreateAsync(api, input, Codi(), "create-7f3a"), "createReferral");
        var retry = PayloadReferral(await CreateAsync(api, reordered, Codi(), "create-7f3a"), "createReferral");

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        await using var db = api.CreateContext();
        Assert.Equal(1, await db.Referrals.CountAsync());
        Assert.Equal(1, await db.ReferralTransitions.CountAsync());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task AcceptReferral_RetriedAfterItSucceeded_ReturnsTheResultInsteadOfAnIllegalStep(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);

        var first = PayloadReferral(await StepAsync(api, "acceptReferral", id, Codi(), "accept-1"), "acceptReferral");
        var retry = PayloadReferral(await StepAsync(api, "acceptReferral", id, Codi(), "accept-1"), "acceptReferral");
        var unkeyed = await StepAsync(api, "acceptReferral", id, Codi());

        Assert.Equal("ACCEPTED", first.GetProperty("status").GetString());
        Assert.Equal("ACCEPTED", retry.GetProperty("status").GetString());
        Assert.Equal("ILLEGAL_TRANSITION", ErrorCode(unkeyed));
        await using var db = api.CreateContext();
        Assert.Equal(2, await db.ReferralTransitions.CountAsync());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task SameKey_WithAnotherInputOrMutation_IsRefusedAsReused(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);
        var id = PayloadReferral(await CreateAsync(api, CreateInput(householdId), Codi(), "key-1"), "createReferral").GetProperty("id").GetString()!;

        var otherInput = await CreateAsync(api, CreateInput(householdId, programme: "Scholarship"), Codi(), "key-1");
        var otherMutation = await StepAsync(api, "acceptReferral", id, Codi(), "key-1");

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", ErrorCode(otherInput));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", ErrorCode(otherMutation));
        Assert.Equal(["idempotencyKey"], SingleError(otherInput).GetProperty("extensions").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        await using var db = api.CreateContext();
        Assert.Equal(1, await db.Referrals.CountAsync());
        Assert.Equal(Data.Model.ReferralStatus.Submitted, (await db.Referrals.SingleAsync()).Status);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task SameKey_FromAnotherClient_IsThatClientsOwn(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);

        var mine = PayloadReferral(await CreateAsync(api, CreateInput(householdId), Codi(), "shared-key"), "createReferral");
        var theirs = PayloadReferral(await CreateAsync(api, CreateInput(householdId, programme: "Scholarship"), Caller("other-app", "codi", []), "shared-key"), "createReferral");

        Assert.NotEqual(mine.GetProperty("id").GetString(), theirs.GetProperty("id").GetString());
        Assert.Equal("Scholarship", theirs.GetProperty("programme").GetString());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task CreateReferral_TwoFirstUsesOfOneKeyAtOnce_CreateOneReferralAndAnswerBothWithIt(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var householdId = await AddHouseholdAsync(api);
        // Both requests look the key up and find nothing before either saves: the unique index decides.
        var meeting = new MeetingClock(participants: 2);
        api.AddServices = services => services.AddSingleton<TimeProvider>(meeting);

        var responses = await Task.WhenAll(
            Task.Run(() => CreateAsync(api, CreateInput(householdId), Codi(), "double-click")),
            Task.Run(() => CreateAsync(api, CreateInput(householdId), Codi(), "double-click")));

        Assert.True(meeting.Met, "Both requests should have passed the key lookup before either saved.");
        var ids = responses.Select(r => PayloadReferral(r, "createReferral").GetProperty("id").GetString()).ToList();
        Assert.Equal(ids[0], ids[1]);
        await using var db = api.CreateContext();
        Assert.Equal(1, await db.Referrals.CountAsync());
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task IdempotencyKey_BlankOrTooLong_IsInvalid(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);

        var blank = await StepAsync(api, "acceptReferral", id, Codi(), "  ");
        var tooLong = await StepAsync(api, "acceptReferral", id, Codi(), new string('k', 201));

        Assert.Equal("VALIDATION_FAILED", ErrorCode(blank));
        Assert.Equal("VALIDATION_FAILED", ErrorCode(tooLong));
        Assert.Contains("201 characters", SingleError(tooLong).GetProperty("message").GetString());
        Assert.Equal(["idempotencyKey"], SingleError(blank).GetProperty("extensions").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }
}
