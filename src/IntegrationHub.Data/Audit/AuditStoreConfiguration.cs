using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Audit;

internal sealed class AuditEventRowConfiguration : IEntityTypeConfiguration<AuditEventRow>
{
    public void Configure(EntityTypeBuilder<AuditEventRow> auditEvent)
    {
        auditEvent.ToTable("audit_events");
        auditEvent.HasKey(e => e.Sequence);
        // Assigned by the writer that seals the chain, never by the database: a second writer's insert of a taken
        // sequence must fail on this key rather than be renumbered (IAuditEventStore).
        auditEvent.Property(e => e.Sequence).ValueGeneratedNever();
        auditEvent.HasIndex(e => e.EventId).IsUnique();
        auditEvent.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        auditEvent.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        // The auditor's filters, each followed by the sequence so that a filtered page is one index range in
        // keyset order.
        auditEvent.HasIndex(e => new { e.AgencyCode, e.Sequence });
        auditEvent.HasIndex(e => new { e.ClientId, e.Sequence });
        auditEvent.HasIndex(e => e.OccurredAt);
        // Index rows are never deleted (append-only triggers); Restrict states that no cascade exists either.
        auditEvent.HasMany(e => e.Subjects).WithOne().HasForeignKey(s => s.Sequence).OnDelete(DeleteBehavior.Restrict);
        auditEvent.HasMany(e => e.Fields).WithOne().HasForeignKey(f => f.Sequence).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditSubjectRowConfiguration : IEntityTypeConfiguration<AuditSubjectRow>
{
    public void Configure(EntityTypeBuilder<AuditSubjectRow> subject)
    {
        subject.ToTable("audit_subjects");
        subject.HasKey(s => new { s.Sequence, s.ItemNumber });
        subject.Property(s => s.SubjectKind).HasMaxLength(32);
        subject.HasIndex(s => new { s.SubjectKind, s.SubjectId, s.Sequence });
    }
}

internal sealed class AuditFieldRowConfiguration : IEntityTypeConfiguration<AuditFieldRow>
{
    public void Configure(EntityTypeBuilder<AuditFieldRow> field)
    {
        field.ToTable("audit_fields");
        field.HasKey(f => new { f.Sequence, f.ItemNumber });
        field.HasIndex(f => new { f.Coordinate, f.Sequence });
    }
}
