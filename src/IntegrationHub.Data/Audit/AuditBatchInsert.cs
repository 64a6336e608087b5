using System.Data.Common;
using System.Globalization;
using System.Text;

namespace IntegrationHub.Data.Audit;

/// <summary>Writes a batch of audit rows with one multi-row <c>INSERT</c> per table and chunk, instead of the one
/// statement per row EF Core sends: a commit of 50 events holds some 800 rows, and on the request path a statement
/// per row would cost more than the request itself. The values are those <see cref="AuditEventRow.From"/> builds,
/// stored exactly as the EF model stores them (<see cref="StoreValue"/>), so EF reads them back unchanged.</summary>
internal static class AuditBatchInsert
{
    // Below SQLite's default limit of 32,766 host parameters and PostgreSQL's 65,535.
    private const int MaxParameters = 30_000;

    private static readonly string[] EventColumns =
    [
        "sequence", "event_id", "occurred_at", "client_id", "agency_code", "mou_id", "purpose", "operation_type",
        "operation_name", "outcome", "request_id", "canonical_form", "previous_hash", "hash",
    ];

    private static readonly string[] SubjectColumns = ["sequence", "item_number", "subject_kind", "subject_id"];

    private static readonly string[] FieldColumns = ["sequence", "item_number", "coordinate", "decision", "value_count"];

    /// <summary>Inserts <paramref name="rows"/> and their subjects and fields in the open transaction of
    /// <paramref name="connection"/>.</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider,
        IReadOnlyList<AuditEventRow> rows, CancellationToken cancellationToken)
    {
        await InsertAsync(connection, transaction, "audit_events", EventColumns, rows.Select(row => new object?[]
        {
            row.Sequence, StoreValue(row.EventId, provider), row.OccurredAt, row.ClientId, row.AgencyCode, row.MouId,
            row.Purpose, row.OperationType, row.OperationName, row.Outcome, row.RequestId, row.CanonicalForm,
            row.PreviousHash, row.Hash,
        }), cancellationToken);
        await InsertAsync(connection, transaction, "audit_subjects", SubjectColumns, rows.SelectMany(row => row.Subjects).Select(subject => new object?[]
        {
            subject.Sequence, subject.ItemNumber, subject.SubjectKind, subject.SubjectId,
        }), cancellationToken);
        await InsertAsync(connection, transaction, "audit_fields", FieldColumns, rows.SelectMany(row => row.Fields).Select(field => new object?[]
        {
            field.Sequence, field.ItemNumber, field.Coordinate, field.Decision.ToString(), field.ValueCount,
        }), cancellationToken);
    }

    /// <summary>The event id as the EF model stores it: text on SQLite (upper-case, as EF's SQLite provider writes a
    /// Guid), a native uuid on PostgreSQL.</summary>
    private static object StoreValue(Guid id, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        IEnumerable<object?[]> values, CancellationToken cancellationToken)
    {
        foreach (var chunk in values.Chunk(MaxParameters / columns.Length))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
                    sql.Append(column == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = chunk[row][column] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
