using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests;

/// <summary>Saving households, members and referrals appends to the change feed, so a consumer reading entries
/// after its cursor can keep an exact copy, exits and deletions included.</summary>
public sealed class ChangeFeedTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Save_NewHouseholdWithMembers_AppendsOneEntryEachAndStampsUpdatedAt(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var household = SampleData.Household();
        household.Members.Add(SampleData.Member(0));
        household.Members.Add(SampleData.Member(1));

        await using (var db = database.CreateContext(new FixedClock(Noon)))
        {
            db.Households.Add(household);
            await db.SaveChangesAsync();
        }

        var changes = await ChangesAsync(database);
        Assert.Equal(
        [
            $"1 Household {household.Id} Upserted",
            $"2 Member {household.Members[0].Id} Upserted",
            $"3 Member {household.Members[1].Id} Upserted",
        ], changes.Select(Describe));
        Assert.All(changes, c => Assert.Equal((household.Id, SampleData.VillageCode, Noon.UtcDateTime), (c.HouseholdId, c.VillageCode, c.ChangedAt)));
        Assert.Equal(Noon.UtcDateTime, household.UpdatedAt);
        Assert.Equal(3L, await CounterAsync(database));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Save_HouseholdExit_AppendsAnUpsertOfTheExitedRecord(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var id = await AddHouseholdAsync(database);

        await using (var db = database.CreateContext())
        {
            var household = await db.Households.SingleAsync(h => h.Id == id);
            household.Exit("income above the poverty line", new DateOnly(2026, 11, 20));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(HouseholdStatus.Exited, (await check.Households.SingleAsync(h => h.Id == id)).Status);
        Assert.Equal($"2 Household {id} Upserted", Describe((await ChangesAsync(database))[^1]));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Save_MemberDeleted_AppendsADeletionWithTheHouseholdsVillage(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var householdId = await AddHouseholdAsync(database, SampleData.Member(0));

        await using (var db = database.CreateContext())
        {
            db.Members.Remove(await db.Members.SingleAsync());
            await db.SaveChangesAsync();
        }

        var last = (await ChangesAsync(database))[^1];
        Assert.Equal((ChangedEntity.Member, ChangeOperation.Deleted, householdId, SampleData.VillageCode),
            (last.Entity, last.Operation, last.HouseholdId, last.VillageCode));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Save_HouseholdDeletedWithItsMembers_ReportsEachDeletionOnce(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var member = SampleData.Member(0);
        var householdId = await AddHouseholdAsync(database, member);

        await using (var db = database.CreateContext())
        {
            db.Households.Remove(await db.Households.Include(h => h.Members).SingleAsync());
            await db.SaveChangesAsync();
        }

        var deletions = (await ChangesAsync(database)).Skip(2).ToList();
        Assert.Equal([$"3 Household {householdId} Deleted", $"4 Member {member.Id} Deleted"], deletions.Select(Describe));
        Assert.All(deletions, d => Assert.Equal(SampleData.VillageCode, d.VillageCode));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Save_ReferralTransitionOrAssistance_AppendsAnUpsertOfTheReferral(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var householdId = await AddHouseholdAsync(database);
        long referralId;
        await using (var db = database.CreateContext())
        {
            var referral = Referral.Submit(householdId, null, ProblemDimension.LivingConditions, SampleData.AgencyCode,
                "Baan Por Piang", "officer.a", Noon.UtcDateTime);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            referralId = referral.Id;
        }

        // Each save through a fresh context: the referral row itself is not loaded when assistance is added.
        await using (var db = database.CreateContext())
        {
            db.AssistanceRecords.Add(new AssistanceRecord
            {
                ReferralId = referralId, GivenOn = new DateOnly(2026, 11, 21), Kind = "house repair", AmountBaht = 45_000.00m,
            });
            await db.SaveChangesAsync();
        }

        var changes = await ChangesAsync(database);
        Assert.Equal([$"2 Referral {referralId} Upserted", $"3 Referral {referralId} Upserted"], changes.Skip(1).Select(Describe));
        Assert.All(changes.Skip(1), c => Assert.Equal(householdId, c.HouseholdId));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Save_ConcurrentSaves_GetGapFreeSequencesInCommitOrder(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        const int writers = 6;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            db.Households.Add(SampleData.Household());
            await db.SaveChangesAsync();
        })));

        var changes = await ChangesAsync(database);
        Assert.Equal(Enumerable.Range(1, writers).Select(i => (long)i), changes.Select(c => c.Sequence));
        await using var check = database.CreateContext();
        Assert.Equal(await check.Households.Select(h => h.Id).OrderBy(id => id).ToListAsync(), changes.Select(c => c.EntityId).Order());
    }

    [Fact]
    public async Task Save_WithoutAcceptingChanges_IsRefused()
    {
        await using var db = Data.HubSchema.CreateOffline(Sqlite);

        await Assert.ThrowsAsync<NotSupportedException>(() => db.SaveChangesAsync(acceptAllChangesOnSuccess: false));
        Assert.Throws<NotSupportedException>(() => db.SaveChanges());
    }

    private static async Task<TestDatabase> MigratedWithReferenceDataAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await SampleData.AddReferenceDataAsync(db);
        return database;
    }

    private static async Task<long> AddHouseholdAsync(TestDatabase database, params Member[] members)
    {
        await using var db = database.CreateContext();
        var household = SampleData.Household();
        household.Members.AddRange(members);
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household.Id;
    }

    private static async Task<List<Change>> ChangesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Changes.OrderBy(c => c.Sequence).ToListAsync();
    }

    private static async Task<long> CounterAsync(TestDatabase database) =>
        Convert.ToInt64(await database.ScalarAsync("SELECT last_sequence FROM change_feed_counter"));

    private static string Describe(Change change) => $"{change.Sequence} {change.Entity} {change.EntityId} {change.Operation}";
}
