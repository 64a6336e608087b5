using IntegrationHub.Data.Seeding;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Seeding;

public sealed class HubSeederTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Seed_MigratedDatabase_SavesTheGeneratedHouseholdsAndTheirFeed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var expected = new SyntheticHouseholds(seed: 3).Take(25).ToList();

        await using (var db = database.CreateContext())
        {
            Assert.Equal(25, await HubSeeder.SeedAsync(db, 25, seed: 3, CancellationToken.None));
        }

        await using var check = database.CreateContext();
        Assert.Equal(expected.Select(h => h.VillageCode), await check.Households.OrderBy(h => h.Id).Select(h => h.VillageCode).ToListAsync());
        Assert.Equal(expected.Sum(h => h.Members.Count), await check.Members.CountAsync());
        Assert.Equal(expected.Sum(h => h.Members.Sum(m => m.AnnualIncome)), await check.Members.SumAsync(m => m.AnnualIncome));
        Assert.Equal(expected.Sum(h => h.Referrals.Count), await check.Referrals.CountAsync());
        Assert.Equal(25 + expected.Sum(h => h.Members.Count + h.Referrals.Count), await check.Changes.CountAsync());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Seed_Twice_AddsHouseholdsButNotReferenceDataAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();

        await HubSeeder.SeedAsync(db, 5, seed: 1, CancellationToken.None);
        await HubSeeder.SeedAsync(db, 5, seed: 1, CancellationToken.None);

        Assert.Equal(10, await db.Households.CountAsync());
        Assert.Equal(ReferenceData.Provinces().Count, await db.Provinces.CountAsync());
        Assert.Equal(ReferenceData.Villages().Count, await db.Villages.CountAsync());
        Assert.Equal(ReferenceData.Agencies().Count, await db.Agencies.CountAsync());
    }
}
