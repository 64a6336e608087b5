using IntegrationHub.Data.Changes;
using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IntegrationHub.Data;

/// <summary>The hub's unit of work over its database. The model is provider-neutral: no column type,
/// SQL fragment or function here may belong to one engine.</summary>
/// <remarks>
/// Storage conventions, the same on every provider:
/// <list type="bullet">
/// <item>Tables and columns are snake_case and avoid SQL keywords, so hand-written SQL on PostgreSQL needs no quotes.</item>
/// <item>Enumerations are stored as their member names (at most 32 characters): readable in SQL and in exports,
/// and safe against reordering members, which integer codes are not. A member's name is therefore part of the
/// stored contract: renaming one needs a migration (a test lists them all).</item>
/// <item>Money is <c>decimal(12,2)</c>: exact on both providers (PostgreSQL <c>numeric</c>, SQLite text).</item>
/// <item>Timestamps are <see cref="DateTime"/> in UTC (PostgreSQL <c>timestamp with time zone</c>; SQLite
/// ISO-8601 text, which sorts correctly); days are <see cref="DateOnly"/>.</item>
/// </list>
/// Saving records a change-feed entry for every household, member and referral created, changed or deleted
/// (see <see cref="ChangeFeedRecorder"/>), in the same transaction.
/// </remarks>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options, TimeProvider clock) : DbContext(options)
{
    /// <summary>The longest enumeration member name the store accepts.</summary>
    public const int EnumNameLength = 32;

    /// <summary>Provinces.</summary>
    public DbSet<Province> Provinces => Set<Province>();

    /// <summary>Districts.</summary>
    public DbSet<District> Districts => Set<District>();

    /// <summary>Subdistricts.</summary>
    public DbSet<Subdistrict> Subdistricts => Set<Subdistrict>();

    /// <summary>Villages.</summary>
    public DbSet<Village> Villages => Set<Village>();

    /// <summary>Households.</summary>
    public DbSet<Household> Households => Set<Household>();

    /// <summary>Household members.</summary>
    public DbSet<Member> Members => Set<Member>();

    /// <summary>Livelihood-capital scores per household and survey round.</summary>
    public DbSet<CapitalScore> CapitalScores => Set<CapitalScore>();

    /// <summary>Problems recorded for households.</summary>
    public DbSet<HouseholdProblem> HouseholdProblems => Set<HouseholdProblem>();

    /// <summary>Partner agencies.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>Referrals of households to agencies.</summary>
    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>Every status change of every referral.</summary>
    public DbSet<ReferralTransition> ReferralTransitions => Set<ReferralTransition>();

    /// <summary>Help given on referrals.</summary>
    public DbSet<AssistanceRecord> AssistanceRecords => Set<AssistanceRecord>();

    /// <summary>The change feed, in <see cref="Change.Sequence"/> order.</summary>
    public DbSet<Change> Changes => Set<Change>();

    /// <summary>Saves, stamping <c>UpdatedAt</c> and appending change-feed entries in the same transaction.</summary>
    /// <exception cref="NotSupportedException"><paramref name="acceptAllChangesOnSuccess"/> is false: the feed
    /// entries are saved after the records, which needs the records' changes accepted first.</exception>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        acceptAllChangesOnSuccess
            ? new ChangeFeedRecorder(this, clock).SaveAsync(token => base.SaveChangesAsync(true, token), cancellationToken)
            : throw new NotSupportedException($"{nameof(HubDbContext)} always accepts changes on a successful save.");

    /// <summary>Not supported: the hub saves asynchronously only, so that change-feed recording has one code path.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException($"{nameof(HubDbContext)} saves asynchronously only: call SaveChangesAsync.");

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(EnumNameLength);
        conventions.Properties<decimal>().HavePrecision(12, 2);
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Thai text is plain Unicode everywhere; explicit so that SQL Server, the next provider, uses nvarchar.
        conventions.Properties<string>().AreUnicode();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Names set in a configuration (to avoid an SQL keyword) are kept.
            foreach (var property in entity.GetProperties().Where(p => p.FindAnnotation(RelationalAnnotationNames.ColumnName) is null))
            {
                property.SetColumnName(StoreNames.SnakeCase(property.Name));
            }
        }
    }
}
