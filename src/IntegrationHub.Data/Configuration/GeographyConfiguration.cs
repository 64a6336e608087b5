using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.Configuration;

// Official codes are the keys: they are what partners send and filter by, and they never change meaning.
// They are strings, not numbers, because they are identifiers whose prefixes carry the hierarchy.

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> province)
    {
        province.ToTable("provinces");
        province.HasKey(p => p.Code);
        province.Property(p => p.Code).HasMaxLength(2);
        province.Property(p => p.NameTh).HasMaxLength(100);
        province.Property(p => p.NameEn).HasMaxLength(100);
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> district)
    {
        district.ToTable("districts");
        district.HasKey(d => d.Code);
        district.Property(d => d.Code).HasMaxLength(4);
        district.Property(d => d.ProvinceCode).HasMaxLength(2);
        district.Property(d => d.NameTh).HasMaxLength(100);
        district.HasOne(d => d.Province).WithMany(p => p.Districts).HasForeignKey(d => d.ProvinceCode)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubdistrictConfiguration : IEntityTypeConfiguration<Subdistrict>
{
    public void Configure(EntityTypeBuilder<Subdistrict> subdistrict)
    {
        subdistrict.ToTable("subdistricts");
        subdistrict.HasKey(s => s.Code);
        subdistrict.Property(s => s.Code).HasMaxLength(6);
        subdistrict.Property(s => s.DistrictCode).HasMaxLength(4);
        subdistrict.Property(s => s.NameTh).HasMaxLength(100);
        subdistrict.HasOne(s => s.District).WithMany(d => d.Subdistricts).HasForeignKey(s => s.DistrictCode)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> village)
    {
        village.ToTable("villages");
        village.HasKey(v => v.Code);
        village.Property(v => v.Code).HasMaxLength(8);
        village.Property(v => v.SubdistrictCode).HasMaxLength(6);
        village.Property(v => v.NameTh).HasMaxLength(100);
        village.HasOne(v => v.Subdistrict).WithMany(s => s.Villages).HasForeignKey(v => v.SubdistrictCode)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
