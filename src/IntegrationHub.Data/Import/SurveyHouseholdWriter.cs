using IntegrationHub.Data.Bulk;
using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Import;

/// <summary>Upserts validated survey households by their natural keys: the household by its household code, each
/// member by national ID within the household. A value that equals the stored one is not a change, so importing
/// the same file again modifies nothing and adds nothing to the change feed. Members missing from the file are
/// kept: the import adds and corrects, it never deletes. Households the database lacks (all of them, on a first
/// import) are added through <see cref="BulkHouseholdWriter"/>, stored ones through EF's change tracking, which
/// finds what actually changed.</summary>
internal sealed class SurveyHouseholdWriter(HubDbContext db, TimeProvider clock) : IAsyncDisposable
{
    private readonly BulkHouseholdWriter _bulk = new(db);

    /// <summary>Writes <paramref name="batch"/> inside the caller's transaction, then forgets the tracked records
    /// so that memory stays flat however long the file.</summary>
    public async Task WriteAsync(IReadOnlyList<SurveyHousehold> batch, ImportTally tally, CancellationToken cancellationToken)
    {
        var codes = batch.Select(h => h.Code).ToList();
        var stored = await db.Households.Include(h => h.Members)
            .Where(h => h.HouseholdCode != null && codes.Contains(h.HouseholdCode))
            .ToDictionaryAsync(h => h.HouseholdCode!, StringComparer.Ordinal, cancellationToken);
        var added = new List<Household>();
        foreach (var household in batch)
        {
            if (stored.GetValueOrDefault(household.Code) is { } entity)
            {
                Apply(household, entity);
            }
            else
            {
                entity = new Household { HouseholdCode = household.Code, Address = "", VillageCode = "" };
                Apply(household, entity);
                added.Add(entity);
            }
        }

        db.ChangeTracker.DetectChanges();
        tally.Count(db.ChangeTracker.Entries());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await _bulk.AddAsync(added, clock.GetUtcNow().UtcDateTime, cancellationToken);
        tally.CountAdded(added);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _bulk.DisposeAsync();

    private static void Apply(SurveyHousehold household, Household entity)
    {
        Apply(household.Rows[0], entity);
        foreach (var row in household.Rows)
        {
            var nationalId = row[SurveyColumns.NationalId];
            var member = entity.Members.Find(m => m.NationalId == nationalId);
            if (member is null)
            {
                member = NewMember(nationalId);
                entity.Members.Add(member);
            }

            Apply(row, member);
        }
    }

    private static Member NewMember(string nationalId) => new() { NationalId = nationalId, FirstNameTh = "", LastNameTh = "" };

    // Values were checked by SurveyRowValidator, so every parse below succeeds.
    private static void Apply(SurveyRow row, Household household)
    {
        household.HouseCode = SurveyValues.Optional(row[SurveyColumns.HouseCode]);
        household.Address = row[SurveyColumns.Address];
        household.VillageCode = row[SurveyColumns.VillageCode];
        household.Source = SurveyValues.ParseEnum<HouseholdSource>(row[SurveyColumns.Source])!.Value;
        household.Group = SurveyValues.ParseEnum<HouseholdGroup>(row[SurveyColumns.Group])!.Value;
    }

    private static void Apply(SurveyRow row, Member member)
    {
        member.FirstNameTh = row[SurveyColumns.FirstName];
        member.LastNameTh = row[SurveyColumns.LastName];
        member.BirthDate = SurveyValues.ParseDate(row[SurveyColumns.BirthDate], out _)!.Value;
        member.Sex = SurveyValues.ParseEnum<Sex>(row[SurveyColumns.Sex])!.Value;
        member.Relation = SurveyValues.ParseEnum<RelationToHead>(row[SurveyColumns.Relation])!.Value;
        member.Education = SurveyValues.ParseEnum<EducationLevel>(row[SurveyColumns.Education])!.Value;
        member.InSchool = SurveyValues.ParseBoolean(row[SurveyColumns.InSchool])!.Value;
        member.Health = SurveyValues.ParseEnum<HealthStatus>(row[SurveyColumns.Health])!.Value;
        member.Disability = SurveyValues.ParseEnum<Disability>(row[SurveyColumns.Disability])!.Value;
        member.Occupation = SurveyValues.Optional(row[SurveyColumns.Occupation]);
        member.AnnualIncome = SurveyValues.ParseAmount(row[SurveyColumns.AnnualIncome])!.Value;
        member.HoldsWelfareCard = SurveyValues.ParseBoolean(row[SurveyColumns.HoldsWelfareCard])!.Value;
    }
}
