using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntegrationHub.Data.Bulk;

/// <summary>A prepared, parameterised INSERT of one entity type, built from the EF model: table, column names,
/// and each value's conversion (enumeration names, UTC timestamps, decimals) are the model's, so rows written
/// here read back through EF exactly as rows EF wrote. For bulk writes, where EF's change tracking of millions
/// of records costs more than the writing.</summary>
internal sealed class ModelInsert<T> : IAsyncDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly (IClrPropertyGetter Getter, RelationalTypeMapping Mapping, string Parameter, bool Nullable)[] _columns;
    private readonly IProperty? _generatedKey;

    /// <summary>An insert on <paramref name="db"/>'s open connection, in its current transaction when it runs.</summary>
    public ModelInsert(HubDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties.Single();
        _generatedKey = key.ValueGenerated == ValueGenerated.OnAdd ? key : null;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _command = db.Database.GetDbConnection().CreateCommand();
        var properties = entity.GetProperties().Where(p => p != _generatedKey).ToList();
        _columns = properties.Select((p, i) => (p.GetGetter(), p.GetRelationalTypeMapping(), "p" + i, p.IsNullable)).ToArray();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var values = string.Join(", ", _columns.Select(c => sql.GenerateParameterName(c.Parameter)));
        // RETURNING: SQLite since 3.35 and PostgreSQL both hand back the generated key in the same statement.
        _command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({columns}) VALUES ({values})" +
            (_generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(_generatedKey.GetColumnName(table)!)}");
    }

    /// <summary>Inserts <paramref name="rows"/> in <paramref name="transaction"/> and returns their generated keys
    /// in the same order (zeros when the type has none). Where the provider can batch (Npgsql), the rows go in one
    /// round trip; elsewhere (SQLite, in-process, where a round trip costs nothing) one statement at a time.</summary>
    public async Task<long[]> InsertAsync(IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var keys = new long[rows.Count];
        if (rows.Count == 0)
        {
            return keys;
        }

        var connection = transaction.Connection!;
        if (!connection.CanCreateBatch)
        {
            _command.Transaction = transaction;
            for (var i = 0; i < rows.Count; i++)
            {
                Bind(_command.Parameters, rows[i]);
                if (_generatedKey is null)
                {
                    await _command.ExecuteNonQueryAsync(cancellationToken);
                }
                else
                {
                    keys[i] = ToKey(await _command.ExecuteScalarAsync(cancellationToken));
                }
            }

            return keys;
        }

        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = _command.CommandText;
            Bind(command.Parameters, row);
            batch.BatchCommands.Add(command);
        }

        if (_generatedKey is null)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return keys;
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            // One result set per statement, each the RETURNING row.
            if (i > 0 && !await reader.NextResultAsync(cancellationToken) || !await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"The insert into {typeof(T).Name} returned no key for row {i + 1}.");
            }

            keys[i] = ToKey(reader.GetValue(0));
        }

        return keys;
    }

    private void Bind(DbParameterCollection parameters, T row)
    {
        parameters.Clear();
        foreach (var (getter, mapping, parameter, nullable) in _columns)
        {
            // The mapping applies the model's value converter and the provider's parameter type, as EF's own saves do.
            parameters.Add(mapping.CreateParameter(_command, parameter, getter.GetClrValue(row), nullable));
        }
    }

    private static long ToKey(object? value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
