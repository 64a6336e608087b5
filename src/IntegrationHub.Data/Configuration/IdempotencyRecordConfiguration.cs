using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Configuration;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_records");
        record.HasKey(r => r.Id);
        record.Property(r => r.ClientId).HasMaxLength(100);
        record.Property(r => r.IdempotencyKey).HasMaxLength(200);
        record.Property(r => r.Operation).HasMaxLength(64);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        // One outcome per key and client; the second of two concurrent first uses fails here and replays the first.
        record.HasIndex(r => new { r.ClientId, r.IdempotencyKey }).IsUnique();
    }
}
