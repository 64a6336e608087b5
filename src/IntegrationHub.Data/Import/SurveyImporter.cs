using System.Globalization;
using System.Text;
using CsvHelper;
using IntegrationHub.Data.Progress;

namespace IntegrationHub.Data.Import;

/// <summary>Imports a provincial survey file (format: Import/README.md): validates every row, writes rejected
/// rows to a reject file, and upserts the households whose rows all passed.</summary>
/// <remarks>The whole file is one transaction: a failure or cancellation anywhere leaves the database as it was
/// before the import, and no reject file. Households are saved in batches inside it, with the change tracker
/// cleared after each, so memory stays flat; only the set of household codes seen grows with the file.</remarks>
public sealed class SurveyImporter(HubDbContext db, TimeProvider clock, int batchSize = SurveyImporter.DefaultBatchSize)
{
    /// <summary>Households saved per batch.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>The longest row accepted, in bytes: a survey row is well under 1 KiB, and the cap keeps a broken
    /// or hostile file from growing the read buffer without end.</summary>
    public const int MaxRowBytes = 64 * 1024;

    private const int ProgressEveryRows = 1000;

    /// <summary>Imports <paramref name="path"/>, writing rejected rows to <paramref name="rejectsPath"/> and reporting
    /// progress every thousand rows.</summary>
    /// <exception cref="ImportFileException">The file cannot be read as a survey file; nothing was written.</exception>
    public async Task<ImportTally> ImportAsync(string path, string rejectsPath, IProgress<ProgressReport>? progress,
        CancellationToken cancellationToken)
    {
        var geography = await SurveyGeography.LoadAsync(db, cancellationToken);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        // The strict decoder turns bytes that are not UTF-8 (a TIS-620 or Windows-874 export) into an error rather
        // than into replacement characters stored as names; its preamble makes a BOM optional.
        var text = new StreamReader(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: false);
        var malformedRecord = 0L;
        await using var reader = CsvReader.Create(text, CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            // Survey exports have no multi-line values; a line break always ends a record, so one unbalanced
            // quote costs one row rather than swallowing the rest of the file into a single field.
            AllowLineBreaksInQuotes = false,
            MaxRecordSize = MaxRowBytes,
            OnMalformedRecord = malformed => malformedRecord = malformed.RecordNumber,
        });

        var header = await ReadHeaderAsync(reader, path, cancellationToken);
        var tally = new ImportTally();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var writer = new SurveyHouseholdWriter(db, clock);
        var run = new Run(writer, batchSize, new SurveyRowValidator(geography, clock), header, rejectsPath, tally);
        await using (run.Rejects)
        {
            while (await ReadAsync(reader, path, cancellationToken))
            {
                // The header is row 1, as a spreadsheet numbers it; CsvHelper's record numbers count it too.
                var rowNumber = checked((int)reader.RowNumber + 1);
                var fields = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
                tally.RowsRead++;
                if (malformedRecord == rowNumber)
                {
                    await run.RejectAsync(rowNumber, fields, new ImportError(rowNumber, "",
                        "a quote is misplaced (RFC 4180 section 2: a field with quotes must be wholly quoted, inner quotes doubled)."));
                }
                else if (fields.Length != header.Length)
                {
                    await run.RejectAsync(rowNumber, fields, new ImportError(rowNumber, "",
                        $"the row has {fields.Length} field(s); the header has {header.Length}."));
                }
                else
                {
                    await run.AddAsync(new SurveyRow(rowNumber, fields, run.ColumnIndexes), cancellationToken);
                }

                if (tally.RowsRead % ProgressEveryRows == 0)
                {
                    progress?.Report(Progress(file.Position, file.Length, tally.RowsRead));
                }
            }

            await run.FinishAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await run.Rejects.CommitAsync();
        }

        progress?.Report(Progress(file.Length, file.Length, tally.RowsRead));
        return tally;
    }

    // Bytes are the measure, since the number of rows is unknown until the end; the position is the reader's
    // buffer's, a little ahead of the row, which is close enough for a bar.
    private static ProgressReport Progress(long position, long length, int rows) =>
        new(length == 0 ? 1 : (double)position / length, $"{rows} rows");

    private static async Task<bool> ReadAsync(CsvReader reader, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (DecoderFallbackException exception)
        {
            throw new ImportFileException(
                $"{path} is not UTF-8 after row {reader.RowNumber + 1}: a Thai export in TIS-620 or Windows-874 must be re-saved as UTF-8.",
                exception);
        }
        catch (CsvFormatException exception)
        {
            throw new ImportFileException($"{path} cannot be read as CSV near row {exception.RecordNumber}: {exception.Message}", exception);
        }
    }

    private static async Task<string[]> ReadHeaderAsync(CsvReader reader, string path, CancellationToken cancellationToken)
    {
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
        }
        catch (DecoderFallbackException exception)
        {
            throw new ImportFileException($"{path} is not UTF-8: a Thai export in TIS-620 or Windows-874 must be re-saved as UTF-8.", exception);
        }

        var header = reader.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0)
        {
            throw new ImportFileException($"{path} is empty: the first row must be the header ({string.Join(",", SurveyColumns.All)}).");
        }

        var duplicated = header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0)
        {
            throw new ImportFileException($"{path}: the header repeats column(s) {string.Join(", ", duplicated)}.");
        }

        var missing = SurveyColumns.All.Except(header, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException($"{path}: the header lacks column(s) {string.Join(", ", missing)}; " +
                "headers are the English names in Import/README.md, in any order.");
        }

        return header;
    }

    /// <summary>The state of one import: the household being collected, the batch waiting to be saved, and the
    /// household codes seen (rows of a household must be consecutive, so that a file streams).</summary>
    private sealed class Run(SurveyHouseholdWriter writer, int batchSize, SurveyRowValidator validator, string[] header, string rejectsPath, ImportTally tally)
    {
        private readonly List<SurveyHousehold> _batch = [];
        private readonly HashSet<string> _seenCodes = new(StringComparer.Ordinal);
        private List<SurveyRow> _rows = [];
        private bool _repeated;

        public string[] Header { get; } = header;

        public IReadOnlyDictionary<string, int> ColumnIndexes { get; } =
            header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);

        public RejectFile Rejects { get; } = new(rejectsPath, header);

        public async Task AddAsync(SurveyRow row, CancellationToken cancellationToken)
        {
            if (_rows.Count > 0 && _rows[0].HouseholdCode != row.HouseholdCode)
            {
                await CloseHouseholdAsync(cancellationToken);
            }

            if (_rows.Count == 0)
            {
                _repeated = row.HouseholdCode.Length > 0 && !_seenCodes.Add(row.HouseholdCode);
            }

            _rows.Add(row);
        }

        public async Task FinishAsync(CancellationToken cancellationToken)
        {
            await CloseHouseholdAsync(cancellationToken);
            await SaveBatchAsync(cancellationToken);
        }

        public async Task RejectAsync(int rowNumber, IReadOnlyList<string> fields, params IEnumerable<ImportError> errors)
        {
            tally.RowsRejected++;
            await Rejects.WriteAsync(rowNumber, fields, errors);
        }

        private async Task CloseHouseholdAsync(CancellationToken cancellationToken)
        {
            if (_rows.Count == 0)
            {
                return;
            }

            var household = new SurveyHousehold(_rows[0].HouseholdCode, _rows);
            _rows = [];
            var errors = Check(household);
            if (errors.Count > 0)
            {
                await RejectWholeAsync(household, errors);
                return;
            }

            _batch.Add(household);
            if (_batch.Count >= batchSize)
            {
                await SaveBatchAsync(cancellationToken);
            }
        }

        private List<ImportError> Check(SurveyHousehold household)
        {
            if (_repeated)
            {
                return household.Rows.Select(r => new ImportError(r.RowNumber, SurveyColumns.HouseholdCode,
                    $"household {household.Code} appeared on earlier rows; a household's rows must be consecutive.")).ToList();
            }

            var errors = household.Rows
                .SelectMany(row => validator.Validate(row).Errors.Select(e => new ImportError(row.RowNumber, e.PropertyName, e.ErrorMessage)))
                .ToList();
            return errors.Count > 0 ? errors : SurveyHouseholdCheck.Check(household);
        }

        /// <summary>A household is written whole or not at all: its rows without faults of their own are rejected
        /// too, pointing at the row that was.</summary>
        private async Task RejectWholeAsync(SurveyHousehold household, List<ImportError> errors)
        {
            var firstBad = errors.Min(e => e.Row);
            foreach (var row in household.Rows)
            {
                var own = errors.Where(e => e.Row == row.RowNumber).ToList();
                await RejectAsync(row.RowNumber, row.Fields, own.Count > 0
                    ? own
                    : [new ImportError(row.RowNumber, "", $"not imported because row {firstBad} of household {household.Code} was rejected; a household is imported whole or not at all.")]);
            }
        }

        private async Task SaveBatchAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0)
            {
                return;
            }

            await writer.WriteAsync(_batch, tally, cancellationToken);
            _batch.Clear();
        }
    }
}
