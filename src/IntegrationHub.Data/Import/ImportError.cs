namespace IntegrationHub.Data.Import;

/// <summary>Why a row of an import file was rejected: the row number as a spreadsheet shows it (the header is
/// row 1), the column at fault (empty when the fault is the row as a whole) and the reason.</summary>
public sealed record ImportError(int Row, string Column, string Reason)
{
    /// <summary>"column: reason", or the reason alone for a row-level fault.</summary>
    public override string ToString() => Column.Length == 0 ? Reason : $"{Column}: {Reason}";
}
