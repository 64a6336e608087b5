using IntegrationHub.Data.Model;
using IntegrationHub.Data.Progress;
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
            Assert.Equal(25, await HubSeeder.SeedAsync(db, 25, seed: 3, TimeProvider.System, progress: null, CancellationToken.None));
        }

        await using var check = database.CreateContext();
        Assert.Equal(expected.Select(h => h.VillageCode), await check.Households.OrderBy(h => h.Id).Select(h => h.VillageCode).ToListAsync());
        Assert.Equal(expected.Sum(h => h.Members.Count), await check.Members.CountAsync());
        Assert.Equal(expected.Sum(h => h.Members.Sum(m => m.AnnualIncome)), await check.Members.SumAsync(m => m.AnnualIncome));
        Assert.Equal(expected.Sum(h => h.Referrals.Count), await check.Referrals.CountAsync());
        Assert.Equal(25 + expected.Sum(h => h.Members.Count + h.Referrals.Count), await check.Changes.CountAsync());
    }

    /// <summary>Seeding writes through prepared inserts, not EF's saves: every value must still read back through
    /// EF exactly as generated (enumeration names, dates, decimals, UTC instants, nulls).</summary>
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Seed_BulkWrittenRecords_ReadBackThroughEfAsGenerated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var expected = new SyntheticHouseholds(seed: 11).Take(60).ToList();
        await using (var db = database.CreateContext())
        {
            await HubSeeder.SeedAsync(db, 60, seed: 11, TimeProvider.System, progress: null, CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var stored = await check.Households.AsNoTracking().OrderBy(h => h.Id)
            .Include(h => h.Members).Include(h => h.CapitalScores).Include(h => h.Problems)
            .Include(h => h.Referrals).ThenInclude(r => r.Transitions)
            .Include(h => h.Referrals).ThenInclude(r => r.Assistance)
            .AsSplitQuery().ToListAsync();
        Assert.Equal(expected.Select(Describe), stored.Select(Describe));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Seed_Progress_ReportsEachBatchEndingAtOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var reports = new List<ProgressReport>();
        await using var db = database.CreateContext();

        await HubSeeder.SeedAsync(db, HubSeeder.BatchSize + 1, seed: 2, TimeProvider.System, new Recorder(reports), CancellationToken.None);

        Assert.Equal([(double)HubSeeder.BatchSize / (HubSeeder.BatchSize + 1), 1.0], reports.Select(r => r.Fraction));
        Assert.Equal($"{HubSeeder.BatchSize + 1} households", reports[^1].Detail);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Seed_Twice_AddsHouseholdsButNotReferenceDataAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();

        await HubSeeder.SeedAsync(db, 5, seed: 1, TimeProvider.System, progress: null, CancellationToken.None);
        await HubSeeder.SeedAsync(db, 5, seed: 1, TimeProvider.System, progress: null, CancellationToken.None);

        Assert.Equal(10, await db.Households.CountAsync());
        Assert.Equal(ReferenceData.Provinces().Count, await db.Provinces.CountAsync());
        Assert.Equal(ReferenceData.Villages().Count, await db.Villages.CountAsync());
        Assert.Equal(ReferenceData.Agencies().Count, await db.Agencies.CountAsync());
    }

    // Decimals are compared at two places: SQLite hands back 14884 as 14884.0, the same value at another scale.
    private static string Describe(Household h) => string.Join(" | ",
        $"{h.Source} {h.HouseCode} {h.Address} {h.VillageCode} {h.Group} {h.Status} {h.ExitReason} {h.ExitedOn:O}",
        $"{h.VerificationStatus} {h.VerificationMethod} {h.VerifiedBy} {h.VerifiedAt:O} {h.VerifiedAt?.Kind}",
        string.Join("; ", h.Members.OrderBy(m => m.NationalId).Select(m =>
            $"{m.NationalId} {m.FirstNameTh} {m.LastNameTh} {m.BirthDate:O} {m.Sex} {m.Relation} {m.Education} {m.InSchool} " +
            $"{m.Health} {m.Disability} {m.Occupation} {m.AnnualIncome:0.00} {m.HoldsWelfareCard}")),
        string.Join("; ", h.CapitalScores.OrderBy(s => s.Round).Select(s =>
            $"{s.Round} {s.SurveyedOn:O} {s.Human:0.00} {s.Physical:0.00} {s.Financial:0.00} {s.Natural:0.00} {s.Social:0.00}")),
        string.Join("; ", h.Problems.OrderBy(p => p.Dimension).Select(p => $"{p.Dimension} {p.Description} {p.IdentifiedOn:O} {p.MemberId}")),
        string.Join("; ", h.Referrals.OrderBy(r => r.Dimension).Select(r =>
            $"{r.Dimension} {r.AgencyCode} {r.Programme} {r.Status} {r.MemberId} " +
            string.Join(",", r.Transitions.OrderBy(t => t.ChangedAt).Select(t => $"{t.Status}@{t.ChangedAt:O}/{t.ChangedAt.Kind} by {t.ChangedBy} {t.Note}")) + " " +
            string.Join(",", r.Assistance.Select(a => $"{a.GivenOn:O} {a.Kind} {a.AmountBaht:0.00}")))));

    private sealed class Recorder(List<ProgressReport> reports) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value) => reports.Add(value);
    }
}
