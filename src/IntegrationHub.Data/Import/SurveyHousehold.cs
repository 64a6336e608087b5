namespace IntegrationHub.Data.Import;

/// <summary>The rows of one household in a survey file (consecutive rows with the same household code).</summary>
public sealed class SurveyHousehold(string code, IReadOnlyList<SurveyRow> rows)
{
    /// <summary>The household code the rows share.</summary>
    public string Code { get; } = code;

    /// <summary>The rows, in file order; the first one's household columns are the household's.</summary>
    public IReadOnlyList<SurveyRow> Rows { get; } = rows;
}
