using IntegrationHub.Api.Tests.Support;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationHub.Api.Tests.Referrals.ReferralScenario;

namespace IntegrationHub.Api.Tests.Referrals;

public sealed class ConcurrencyTests
{
    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task AcceptAndDecline_RacingOnOneReferral_ExactlyOneWinsAndTheOtherConflicts(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        var id = await AddReferralAsync(api);
        // Each request reads the clock once, after reading the referral and before saving: meeting there makes both
        // decide on the same version before either writes, on two contexts and two connections.
        var meeting = new MeetingClock(participants: 2);
        api.AddServices = services => services.AddSingleton<TimeProvider>(meeting);

        var responses = await Task.WhenAll(
            Task.Run(() => StepAsync(api, "acceptReferral", id)),
            Task.Run(() => DeclineAsync(api, id, "no budget this year")));

        Assert.True(meeting.Met, "Both requests should have read the referral before either saved.");
        var winners = responses.Where(r => !r.TryGetProperty("errors", out _)).ToList();
        var loser = Assert.Single(responses, r => r.TryGetProperty("errors", out _));
        Assert.Single(winners);
        Assert.Equal("CONFLICT", ErrorCode(loser));
        await using var db = api.CreateContext();
        var referral = await db.Referrals.SingleAsync();
        var steps = await db.ReferralTransitions.OrderBy(t => t.Id).Select(t => t.Status).ToListAsync();
        Assert.Equal(2, steps.Count);
        Assert.Equal(referral.Status, steps[1]);
        Assert.Equal(1, referral.Version);
    }

    [Theory, ProviderData(DatabaseProvider.Sqlite), ProviderData(DatabaseProvider.Postgres)]
    public async Task Save_OfAStaleReferral_FailsOnTheVersion(DatabaseProvider provider)
    {
        await using var api = await ApiTestContext.CreateAsync(provider);
        await AddReferralAsync(api);
        await using var first = api.CreateContext();
        await using var second = api.CreateContext();
        var mine = await first.Referrals.SingleAsync();
        var theirs = await second.Referrals.SingleAsync();

        mine.MoveTo(ReferralStatus.Accepted, "codi-app", DateTime.UtcNow);
        theirs.MoveTo(ReferralStatus.Declined, "codi-app", DateTime.UtcNow, "duplicate");
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
