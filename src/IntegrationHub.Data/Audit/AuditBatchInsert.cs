using System.Data.Common;
using System.Globalization;
using System.Text;

namespace IntegrationHub.Data.Audit;

/// <summary>Writes batches of audit rows on the audit writer's connection, in its open transaction, the way each
/// provider does it cheaply (EF Core would send a statement per row with change tracking on top, which on the
/// request path costs more than the request itself). The values are those <see cref="AuditEventRow.From"/> builds,
/// stored exactly as the EF model stores them (<see cref="StoreValue"/>), so EF reads them back unchanged.</summary>
/// <remarks>
/// <para>SQLite runs in-process, so a statement costs no round trip: each table gets one single-row <c>INSERT</c>,
/// prepared once for the connection and run for every row. A multi-row <c>INSERT</c> is slower there, because SQLite
/// finds each named parameter by a linear search, so binding a statement of n parameters takes time in n².</para>
/// <para>PostgreSQL pays a round trip per statement, so there each table's rows go in multi-row <c>INSERT</c>s.</para>
/// </remarks>
internal sealed class AuditBatchInsert : IDisposable
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

    private readonly DbConnection _connection;
    private readonly DatabaseProvider _provider;

    // SQLite only: the prepared single-row statements, by table, created on first use.
    private readonly Dictionary<string, DbCommand> _singleRow = [];

    /// <summary>An inserter for the open <paramref name="connection"/>; dispose it before the connection.</summary>
    public AuditBatchInsert(DbConnection connection, DatabaseProvider provider)
    {
        _connection = connection;
        _provider = provider;
    }

    /// <summary>Inserts <paramref name="rows"/> and their subjects and fields in <paramref name="transaction"/>.</summary>
    public async Task InsertAsync(DbTransaction transaction, IReadOnlyList<AuditEventRow> rows, CancellationToken cancellationToken)
    {
        await InsertAsync(transaction, "audit_events", EventColumns, rows.Select(row => new object?[]
        {
            row.Sequence, StoreValue(row.EventId), row.OccurredAt, row.ClientId, row.AgencyCode, row.MouId,
            row.Purpose, row.OperationType, row.OperationName, row.Outcome, row.RequestId, row.CanonicalForm,
            row.PreviousHash, row.Hash,
        }), cancellationToken);
        await InsertAsync(transaction, "audit_subjects", SubjectColumns, rows.SelectMany(row => row.Subjects).Select(subject => new object?[]
        {
            subject.Sequence, subject.ItemNumber, subject.SubjectKind, subject.SubjectId,
        }), cancellationToken);
        await InsertAsync(transaction, "audit_fields", FieldColumns, rows.SelectMany(row => row.Fields).Select(field => new object?[]
        {
            field.Sequence, field.ItemNumber, field.Coordinate, field.Decision.ToString(), field.ValueCount,
        }), cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in _singleRow.Values)
        {
            command.Dispose();
        }

        _singleRow.Clear();
    }

    /// <summary>The event id as the EF model stores it: text on SQLite (upper-case, as EF's SQLite provider writes a
    /// Guid), a native uuid on PostgreSQL.</summary>
    private object StoreValue(Guid id) => _provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    private Task InsertAsync(DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> values,
        CancellationToken cancellationToken) =>
        _provider == DatabaseProvider.Sqlite
            ? InsertRowByRowAsync(transaction, table, columns, values, cancellationToken)
            : InsertMultiRowAsync(transaction, table, columns, values, cancellationToken);

    private async Task InsertRowByRowAsync(DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> values,
        CancellationToken cancellationToken)
    {
        if (!_singleRow.TryGetValue(table, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = InsertSql(table, columns, rowCount: 1);
            AddParameters(command, columns.Length, rowCount: 1);
            command.Prepare();
            _singleRow.Add(table, command);
        }

        command.Transaction = transaction;
        foreach (var row in values)
        {
            for (var column = 0; column < columns.Length; column++)
            {
                command.Parameters[column].Value = row[column] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InsertMultiRowAsync(DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> values,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in values.Chunk(MaxParameters / columns.Length))
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = InsertSql(table, columns, chunk.Length);
            AddParameters(command, columns.Length, chunk.Length);
            for (var row = 0; row < chunk.Length; row++)
            {
                for (var column = 0; column < columns.Length; column++)
                {
                    command.Parameters[(row * columns.Length) + column].Value = chunk[row][column] ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary><c>INSERT INTO table (columns) VALUES (@p0_0, ...), ...</c> for <paramref name="rowCount"/> rows.</summary>
    private static string InsertSql(string table, string[] columns, int rowCount)
    {
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                sql.Append(column == 0 ? "" : ", ").Append(ParameterName(row, column));
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static void AddParameters(DbCommand command, int columnCount, int rowCount)
    {
        for (var row = 0; row < rowCount; row++)
        {
            for (var column = 0; column < columnCount; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = ParameterName(row, column);
                command.Parameters.Add(parameter);
            }
        }
    }

    private static string ParameterName(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
}
