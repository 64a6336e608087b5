using IntegrationHub.Data.Bulk;
using IntegrationHub.Data.Progress;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Seeding;

/// <summary>Fills a migrated database with <see cref="ReferenceData"/> and <see cref="SyntheticHouseholds"/>.</summary>
public static class HubSeeder
{
    /// <summary>Households written per transaction: large enough that commits (each a disk flush on SQLite) are
    /// a small share of the time, small enough that memory holds one batch and a lock is never held long.</summary>
    public const int BatchSize = 1000;

    /// <summary>Adds the reference rows the database lacks, then <paramref name="households"/> synthetic
    /// households generated from <paramref name="seed"/>, reporting progress after each batch; returns the number
    /// of households added. Running it again adds more households (with the same generated content), never
    /// duplicate reference rows. Cancelling keeps the batches already committed.</summary>
    public static async Task<int> SeedAsync(HubDbContext db, int households, int seed, TimeProvider clock,
        IProgress<ProgressReport>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        await AddMissingReferenceDataAsync(db, cancellationToken);
        db.ChangeTracker.Clear();

        await using var writer = new BulkHouseholdWriter(db);
        var added = 0;
        foreach (var batch in new SyntheticHouseholds(seed).Take(households).Chunk(BatchSize))
        {
            await writer.AddAsync(batch, clock.GetUtcNow().UtcDateTime, cancellationToken);
            added += batch.Length;
            progress?.Report(new ProgressReport((double)added / households, $"{added} households"));
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
