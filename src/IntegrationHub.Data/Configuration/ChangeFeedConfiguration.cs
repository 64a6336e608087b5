using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Configuration;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> change)
    {
        change.ToTable("changes");
        change.HasKey(c => c.Sequence);
        // Assigned from change_feed_counter, never by the database: see ChangeFeedCounter.
        change.Property(c => c.Sequence).ValueGeneratedNever();
        change.Property(c => c.VillageCode).HasMaxLength(8);
        // No foreign keys: entries outlive the records they describe (deletions are entries too).
        // An area-restricted reader scans its villages' entries in feed order.
        change.HasIndex(c => new { c.VillageCode, c.Sequence });
    }
}

internal sealed class ChangeFeedCounterConfiguration : IEntityTypeConfiguration<ChangeFeedCounter>
{
    public void Configure(EntityTypeBuilder<ChangeFeedCounter> counter)
    {
        counter.ToTable("change_feed_counter");
        counter.HasKey(c => c.Id);
        counter.Property(c => c.Id).ValueGeneratedNever();
        counter.HasData(new ChangeFeedCounter { Id = ChangeFeedCounter.SingletonId, LastSequence = 0 });
    }
}
