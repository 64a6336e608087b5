using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Import;

/// <summary>The checks that need all of a household's rows: the household's columns say the same on every row,
/// it has exactly one head, and no member is listed twice. Runs on rows that passed
/// <see cref="SurveyRowValidator"/>, so every value it reads is well-formed.</summary>
public static class SurveyHouseholdCheck
{
    /// <summary>What is wrong with <paramref name="household"/> as a whole; empty when nothing is.</summary>
    public static List<ImportError> Check(SurveyHousehold household)
    {
        var errors = new List<ImportError>();
        var first = household.Rows[0];
        var heads = new List<SurveyRow>();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in household.Rows)
        {
            foreach (var column in SurveyColumns.HouseholdLevel.Where(c => row[c] != first[c]))
            {
                errors.Add(new ImportError(row.RowNumber, column,
                    $"differs from row {first.RowNumber} of household {household.Code}; a household's columns must be the same on each of its rows."));
            }

            if (SurveyValues.ParseEnum<RelationToHead>(row[SurveyColumns.Relation]) == RelationToHead.Head)
            {
                heads.Add(row);
            }

            if (!seenIds.TryAdd(row[SurveyColumns.NationalId], row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, SurveyColumns.NationalId,
                    $"the same national ID is on row {seenIds[row[SurveyColumns.NationalId]]} of this household; each member is listed once."));
            }
        }

        if (heads.Count == 0)
        {
            errors.Add(new ImportError(first.RowNumber, SurveyColumns.Relation,
                $"household {household.Code} has no member whose relation is {RelationToHead.Head}; it needs exactly one."));
        }

        foreach (var extra in heads.Skip(1))
        {
            errors.Add(new ImportError(extra.RowNumber, SurveyColumns.Relation,
                $"household {household.Code} already has its {RelationToHead.Head} on row {heads[0].RowNumber}; it needs exactly one."));
        }

        return errors;
    }
}
