using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Seeding;

/// <summary>Fills a migrated database with <see cref="ReferenceData"/> and <see cref="SyntheticHouseholds"/>.</summary>
public static class HubSeeder
{
    /// <summary>Households saved per transaction: large enough to batch inserts, small enough to keep the change
    /// tracker and each transaction short.</summary>
    public const int BatchSize = 500;

    /// <summary>Adds the reference rows the database lacks, then <paramref name="households"/> synthetic
    /// households generated from <paramref name="seed"/>; returns the number of households added. Running it
    /// again adds more households (with the same generated content), never duplicate reference rows.</summary>
    public static async Task<int> SeedAsync(HubDbContext db, int households, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        await AddMissingReferenceDataAsync(db, cancellationToken);

        var added = 0;
        foreach (var batch in new SyntheticHouseholds(seed).Take(households).Chunk(BatchSize))
        {
            db.Households.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            added += batch.Length;
        }

        return added;
    }

    private static async Task AddMissingReferenceDataAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        // Parents before children, each level on its own, so that existing rows (real geography, say) are kept.
        await AddMissingAsync(db.Provinces, ReferenceData.Provinces(), p => p.Code, cancellationToken);
        await AddMissingAsync(db.Districts, ReferenceData.Districts(), d => d.Code, cancellationToken);
        await AddMissingAsync(db.Subdistricts, ReferenceData.Subdistricts(), s => s.Code, cancellationToken);
        await AddMissingAsync(db.Villages, ReferenceData.Villages(), v => v.Code, cancellationToken);
        await AddMissingAsync(db.Agencies, ReferenceData.Agencies(), a => a.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddMissingAsync<T>(DbSet<T> set, IReadOnlyList<T> rows, Func<T, string> code,
        CancellationToken cancellationToken) where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(code).ToHashSet(StringComparer.Ordinal);
        set.AddRange(rows.Where(row => !existing.Contains(code(row))));
    }
}
