namespace IntegrationHub.Data.Import;

/// <summary>One data row of a survey file as read: its row number, its fields in file order, and each
/// documented column's value (trimmed) by name.</summary>
public sealed class SurveyRow
{
    private readonly IReadOnlyDictionary<string, int> _columnIndexes;

    /// <summary>A row whose fields are laid out as <paramref name="columnIndexes"/> says.</summary>
    public SurveyRow(int rowNumber, string[] fields, IReadOnlyDictionary<string, int> columnIndexes)
    {
        RowNumber = rowNumber;
        Fields = fields;
        _columnIndexes = columnIndexes;
    }

    /// <summary>The row number as a spreadsheet shows it: the header is row 1.</summary>
    public int RowNumber { get; }

    /// <summary>The fields exactly as read, for the reject file.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The value of <paramref name="column"/> without surrounding white space; empty when blank.</summary>
    public string this[string column] => Fields[_columnIndexes[column]].Trim();

    /// <summary>The household code, the key rows are grouped by.</summary>
    public string HouseholdCode => this[SurveyColumns.HouseholdCode];
}
