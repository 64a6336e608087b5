using System.Globalization;
using CsvHelper;

namespace IntegrationHub.Data.Import;

/// <summary>The reject file: each rejected row as it was read, preceded by its row number and its reasons
/// ("column: reason", joined by " | "). It is a valid import file itself (the import ignores the two extra
/// columns), so an operator can correct it and import it. Written beside its final name and moved there only
/// when the import commits, so that a failed import leaves no reject file describing rows it never kept.</summary>
internal sealed class RejectFile(string path, IReadOnlyList<string> header) : IAsyncDisposable
{
    /// <summary>The column holding the rejected row's number in the input.</summary>
    public const string RowColumn = "source_row";

    /// <summary>The column holding why the row was rejected.</summary>
    public const string ReasonsColumn = "reject_reasons";

    private readonly string _partialPath = path + ".partial";
    private CsvWriter? _writer;

    /// <summary>Appends <paramref name="fields"/> (the row as read) with <paramref name="errors"/>.</summary>
    public async Task WriteAsync(int rowNumber, IReadOnlyList<string> fields, IEnumerable<ImportError> errors)
    {
        var writer = _writer ??= await OpenAsync();
        writer.WriteField(rowNumber.ToString(CultureInfo.InvariantCulture));
        writer.WriteField(string.Join(" | ", errors));
        foreach (var field in fields)
        {
            writer.WriteField(field);
        }

        await writer.EndRecordAsync();
    }

    /// <summary>Moves the written rows to the final path; with none written, removes any earlier reject file
    /// there, so the file at the path always describes the latest import.</summary>
    public async Task CommitAsync()
    {
        if (_writer is null)
        {
            File.Delete(path);
            return;
        }

        await _writer.DisposeAsync();
        _writer = null;
        File.Move(_partialPath, path, overwrite: true);
    }

    /// <summary>Discards rows not committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
            File.Delete(_partialPath);
        }
    }

    private async Task<CsvWriter> OpenAsync()
    {
        var writer = CsvWriter.ToFile(_partialPath, CsvWriterOptions.Default with
        {
            // Spreadsheet programs read Thai text correctly only with the BOM.
            WriteByteOrderMark = true,
            // A rejected row may have the wrong number of fields; it is copied as it was.
            ValidateFieldCount = false,
            // The rows are untrusted and operators open this file in spreadsheets: a field starting with = + - @
            // gets a leading ' so that it shows as text rather than running as a formula (OWASP CSV injection).
            Injection = CsvInjection.Escape,
        });
        writer.WriteField(RowColumn);
        writer.WriteField(ReasonsColumn);
        foreach (var column in header)
        {
            writer.WriteField(column);
        }

        await writer.EndRecordAsync();
        return writer;
    }
}
