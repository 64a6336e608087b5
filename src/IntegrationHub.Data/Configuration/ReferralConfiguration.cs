using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Configuration;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.ToTable("agencies");
        agency.HasKey(a => a.Code);
        agency.Property(a => a.Code).HasMaxLength(32);
        agency.Property(a => a.NameTh).HasMaxLength(200);
        agency.Property(a => a.NameEn).HasMaxLength(200);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("referrals");
        referral.HasKey(r => r.Id);
        referral.Property(r => r.AgencyCode).HasMaxLength(32);
        referral.Property(r => r.Programme).HasMaxLength(200);
        // The caller's agency as its token named it: kept as said, like a transition's ChangedBy, rather than
        // tied to the agencies table, so that a referral never fails for an agency not (yet) loaded there.
        referral.Property(r => r.ReferrerAgencyCode).HasMaxLength(32);
        // Optimistic concurrency: every update says WHERE version = <the version read>, so of two writers that
        // read the same version, the second updates no row and EF Core raises DbUpdateConcurrencyException.
        referral.Property(r => r.Version).IsConcurrencyToken();

        referral.HasOne(r => r.Household).WithMany(h => h.Referrals).HasForeignKey(r => r.HouseholdId)
            .OnDelete(DeleteBehavior.Cascade);
        // As for problems: one cascade path only.
        referral.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.ClientSetNull);
        referral.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyCode).OnDelete(DeleteBehavior.Restrict);

        // An agency's work list: its referrals in a given status.
        referral.HasIndex(r => new { r.AgencyCode, r.Status });
        referral.HasIndex(r => r.HouseholdId);
        referral.HasIndex(r => r.MemberId);
    }
}

internal sealed class ReferralTransitionConfiguration : IEntityTypeConfiguration<ReferralTransition>
{
    public void Configure(EntityTypeBuilder<ReferralTransition> transition)
    {
        transition.ToTable("referral_transitions");
        transition.HasKey(t => t.Id);
        transition.Property(t => t.ChangedBy).HasMaxLength(100);
        transition.Property(t => t.Note).HasMaxLength(500);
        transition.HasOne<Referral>().WithMany(r => r.Transitions).HasForeignKey(t => t.ReferralId)
            .OnDelete(DeleteBehavior.Cascade);
        transition.HasIndex(t => t.ReferralId);
    }
}

internal sealed class AssistanceRecordConfiguration : IEntityTypeConfiguration<AssistanceRecord>
{
    public void Configure(EntityTypeBuilder<AssistanceRecord> assistance)
    {
        assistance.ToTable("assistance_records");
        assistance.HasKey(a => a.Id);
        assistance.Property(a => a.Kind).HasMaxLength(200);
        assistance.HasOne<Referral>().WithMany(r => r.Assistance).HasForeignKey(a => a.ReferralId)
            .OnDelete(DeleteBehavior.Cascade);
        assistance.HasIndex(a => a.ReferralId);
    }
}
