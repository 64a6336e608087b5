using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Audit;

internal sealed class AuditOutboxEntryConfiguration : IEntityTypeConfiguration<AuditOutboxEntry>
{
    public void Configure(EntityTypeBuilder<AuditOutboxEntry> entry)
    {
        entry.ToTable("audit_outbox");
        entry.HasKey(e => e.Id);
        // Cleared by request once its event commits; recovery reads what is overdue.
        entry.HasIndex(e => e.RequestKey);
        entry.HasIndex(e => e.StagedAt);
    }
}
