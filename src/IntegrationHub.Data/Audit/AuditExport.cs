using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using IntegrationHub.Data.Progress;

namespace IntegrationHub.Data.Audit;

/// <summary>The file formats of an audit export.</summary>
public enum AuditExportFormat
{
    /// <summary>Newline-delimited JSON: one object per event, the canonical form embedded unchanged.</summary>
    Ndjson,

    /// <summary>CSV (RFC 4180) with a header row, the canonical form in the last column.</summary>
    Csv,
}

/// <summary>Writes a range of the audit log to a file, streaming a page at a time. Each record carries the sequence,
/// the chain hashes and the stored canonical form byte for byte, so an archive can be verified without the hub's
/// database (each hash is SHA-256 over "sequence\npreviousHash\n" and the canonical form's UTF-8 bytes).</summary>
public static class AuditExport
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "sequence", "event_id", "occurred_at", "client_id", "agency_code", "mou_id", "purpose", "operation_type",
        "operation_name", "outcome", "request_id", "previous_hash", "hash", "canonical_form",
    ];

    /// <summary>Writes the events from <paramref name="from"/> to <paramref name="to"/> (to the head when it starts, when null) to
    /// <paramref name="output"/>, reporting progress against the range's count; returns how many it wrote.</summary>
    public static async Task<long> WriteAsync(
        AuditLog log, AuditExportFormat format, TextWriter output, long from, long? to,
        IProgress<ProgressReport> progress, CancellationToken cancellationToken)
    {
        // Pinned to the head at the start, so that events committed meanwhile neither join the export nor upset its count.
        var last = to ?? await log.HeadSequenceAsync(cancellationToken);
        var total = await log.CountAsync(from, last, cancellationToken);
        await using var csv = format == AuditExportFormat.Csv
            // Auditors open exports in spreadsheets, and purpose and operation name are the caller's text: a field
            // starting with = + - @ gets a leading ' so it shows as text rather than running (OWASP CSV injection).
            // The canonical form starts with {, so it is never touched and still hashes as stored.
            ? CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true)
            : null;
        if (csv is not null)
        {
            foreach (var column in CsvColumns)
            {
                csv.WriteField(column);
            }

            await csv.EndRecordAsync();
        }

        long written = 0;
        await foreach (var row in log.ReadAsync(from, last, cancellationToken))
        {
            if (csv is null)
            {
                await output.WriteAsync(JsonLine(row));
                await output.WriteAsync('\n');
            }
            else
            {
                WriteCsvRecord(csv, row);
                await csv.EndRecordAsync();
            }

            written++;
            if (written % AuditLog.PageSize == 0 || written == total)
            {
                progress.Report(new ProgressReport(total == 0 ? 1 : (double)written / total, $"{written} of {total} events"));
            }
        }

        if (csv is not null)
        {
            await csv.FlushAsync(cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return written;
    }

    private static string JsonLine(AuditEventRow row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", row.Sequence);
            json.WriteString("previousHash", row.PreviousHash);
            json.WriteString("hash", row.Hash);
            json.WritePropertyName("event");
            // The canonical form is itself JSON; embedded raw, its bytes are exactly the ones hashed.
            json.WriteRawValue(row.CanonicalForm, skipInputValidation: false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteCsvRecord(CsvWriter csv, AuditEventRow row)
    {
        csv.WriteField(row.Sequence.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(row.EventId.ToString("D"));
        csv.WriteField(row.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
        csv.WriteField(row.ClientId);
        csv.WriteField(row.AgencyCode);
        csv.WriteField(row.MouId);
        csv.WriteField(row.Purpose);
        csv.WriteField(row.OperationType);
        csv.WriteField(row.OperationName);
        csv.WriteField(row.Outcome);
        csv.WriteField(row.RequestId);
        csv.WriteField(row.PreviousHash);
        csv.WriteField(row.Hash);
        csv.WriteField(row.CanonicalForm);
    }
}
