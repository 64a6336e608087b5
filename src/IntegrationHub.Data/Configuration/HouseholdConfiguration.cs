using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Configuration;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    /// <summary>The longest survey household code stored.</summary>
    public const int HouseholdCodeLength = 20;

    public void Configure(EntityTypeBuilder<Household> household)
    {
        household.ToTable("households");
        household.HasKey(h => h.Id);
        household.Property(h => h.HouseholdCode).HasMaxLength(HouseholdCodeLength);
        household.Property(h => h.HouseCode).HasMaxLength(11);
        household.Property(h => h.Address).HasMaxLength(300);
        household.Property(h => h.VillageCode).HasMaxLength(8);
        household.Property(h => h.ExitReason).HasMaxLength(300);
        household.Property(h => h.VerifiedBy).HasMaxLength(100);
        // "group" is an SQL keyword; a name that needs no quoting.
        household.Property(h => h.Group).HasColumnName("household_group");

        household.HasOne(h => h.Village).WithMany().HasForeignKey(h => h.VillageCode).OnDelete(DeleteBehavior.Restrict);

        // Area filters are range scans on the village code (every level's code is a prefix of it); the house
        // code is how field teams look a household up; updated-since filters read updated_at.
        household.HasIndex(h => h.VillageCode);
        household.HasIndex(h => h.HouseCode);
        // The import's natural key; several nulls are allowed on every provider (SQL NULLs are distinct).
        household.HasIndex(h => h.HouseholdCode).IsUnique();
        household.HasIndex(h => h.UpdatedAt);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.NationalId).HasMaxLength(ThaiNationalId.Length);
        member.Property(m => m.FirstNameTh).HasMaxLength(100);
        member.Property(m => m.LastNameTh).HasMaxLength(100);
        member.Property(m => m.Occupation).HasMaxLength(100);

        member.HasOne(m => m.Household).WithMany(h => h.Members).HasForeignKey(m => m.HouseholdId)
            .OnDelete(DeleteBehavior.Cascade);

        // A person is listed once per household; the same person may appear again in another household
        // (after a move, with the old household exited). National ID first, so the index also serves lookups.
        member.HasIndex(m => new { m.NationalId, m.HouseholdId }).IsUnique();
        member.HasIndex(m => m.HouseholdId);
    }
}

internal sealed class CapitalScoreConfiguration : IEntityTypeConfiguration<CapitalScore>
{
    public void Configure(EntityTypeBuilder<CapitalScore> score)
    {
        score.ToTable("capital_scores");
        score.HasKey(s => s.Id);
        // Scores are averages on the survey's 0-5 scale, kept to two decimals. Columns are named human_capital
        // and so on, because "natural" is an SQL keyword.
        foreach (var capital in new[] { nameof(CapitalScore.Human), nameof(CapitalScore.Physical),
                     nameof(CapitalScore.Financial), nameof(CapitalScore.Natural), nameof(CapitalScore.Social) })
        {
            score.Property<decimal>(capital).HasPrecision(3, 2).HasColumnName(StoreNames.SnakeCase(capital) + "_capital");
        }

        score.HasOne<Household>().WithMany(h => h.CapitalScores).HasForeignKey(s => s.HouseholdId)
            .OnDelete(DeleteBehavior.Cascade);
        score.HasIndex(s => new { s.HouseholdId, s.Round }).IsUnique();
    }
}

internal sealed class HouseholdProblemConfiguration : IEntityTypeConfiguration<HouseholdProblem>
{
    public void Configure(EntityTypeBuilder<HouseholdProblem> problem)
    {
        problem.ToTable("household_problems");
        problem.HasKey(p => p.Id);
        problem.Property(p => p.Description).HasMaxLength(500);

        problem.HasOne<Household>().WithMany(h => h.Problems).HasForeignKey(p => p.HouseholdId)
            .OnDelete(DeleteBehavior.Cascade);
        // No cascade from members: a household's deletion already cascades here, and a second cascade path
        // is refused by SQL Server, the next provider.
        problem.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.ClientSetNull);

        // "Households with a problem on dimension D".
        problem.HasIndex(p => new { p.Dimension, p.HouseholdId });
        problem.HasIndex(p => p.HouseholdId);
    }
}
