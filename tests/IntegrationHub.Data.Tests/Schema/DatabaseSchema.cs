using System.Data.Common;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Tests.Infrastructure;

namespace IntegrationHub.Data.Tests.Schema;

/// <summary>The schema a real database has, read from its catalog (SQLite's <c>sqlite_master</c> and pragmas,
/// PostgreSQL's <c>pg_catalog</c>). The migration history table is the runner's, not the model's, and is left out.</summary>
public static class DatabaseSchema
{
    /// <summary>The facts of <paramref name="database"/>.</summary>
    public static async Task<SchemaFacts> ReadAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        return database.Provider == DatabaseProvider.Sqlite
            ? await ReadSqliteAsync(connection)
            : await ReadPostgresAsync(connection);
    }

    private static async Task<SchemaFacts> ReadSqliteAsync(DbConnection connection)
    {
        var facts = new SchemaFacts();
        var tables = await QueryAsync(connection,
            $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{MigrationRunner.HistoryTable}'",
            r => r.GetString(0));
        foreach (var table in tables)
        {
            facts.Table(table);
            var columns = await QueryAsync(connection,
                $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')",
                r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, KeyPosition: r.GetInt64(3)));
            foreach (var column in columns)
            {
                facts.Column(table, column.Name, column.Type, !column.NotNull);
            }

            facts.PrimaryKey(table, columns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).Select(c => c.Name));

            var foreignKeys = await QueryAsync(connection,
                $"SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY id, seq",
                r => (Id: r.GetInt64(0), Principal: r.GetString(1), From: r.GetString(2), To: r.GetString(3), OnDelete: r.GetString(4)));
            foreach (var foreignKey in foreignKeys.GroupBy(f => f.Id))
            {
                var first = foreignKey.First();
                facts.ForeignKey(table, foreignKey.Select(f => f.From), first.Principal, foreignKey.Select(f => f.To), first.OnDelete);
            }

            // origin: 'c' = CREATE INDEX, 'u' = UNIQUE constraint, 'pk' = the primary key's own index.
            var indexes = await QueryAsync(connection,
                $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Origin: r.GetString(2)));
            foreach (var index in indexes.Where(i => i.Origin != "pk"))
            {
                var indexColumns = await QueryAsync(connection,
                    $"SELECT name FROM pragma_index_info('{index.Name}') ORDER BY seqno", r => r.GetString(0));
                if (index.Origin == "u")
                {
                    facts.UniqueConstraint(table, indexColumns);
                }
                else
                {
                    facts.Index(table, index.Name, indexColumns, index.Unique);
                }
            }
        }

        return facts;
    }

    private static async Task<SchemaFacts> ReadPostgresAsync(DbConnection connection)
    {
        var facts = new SchemaFacts();
        var tables = await QueryAsync(connection, $"""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '{MigrationRunner.HistoryTable}'
            """, r => r.GetString(0));
        foreach (var table in tables)
        {
            facts.Table(table);
            // format_type spells types as EF's Npgsql mapping does: "character varying(13)", "numeric(12,2)".
            var columns = await QueryAsync(connection, $"""
                SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute
                WHERE attrelid = '{table}'::regclass AND attnum > 0 AND NOT attisdropped
                """, r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetBoolean(2)));
            foreach (var column in columns)
            {
                facts.Column(table, column.Name, column.Type, !column.NotNull);
            }

            var constraints = await QueryAsync(connection, $"""
                SELECT c.contype::text,
                       array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(num, ord)
                             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num ORDER BY k.ord),
                       coalesce(c.confrelid::regclass::text, ''),
                       array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(num, ord)
                             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num ORDER BY k.ord),
                       c.confdeltype::text
                FROM pg_constraint c WHERE c.conrelid = '{table}'::regclass AND c.contype IN ('p', 'f', 'u')
                """, r => (Kind: r.GetString(0), Columns: (string[])r.GetValue(1), Principal: r.GetString(2),
                    PrincipalColumns: (string[])r.GetValue(3), OnDelete: r.GetString(4)));
            foreach (var constraint in constraints)
            {
                switch (constraint.Kind)
                {
                    case "p":
                        facts.PrimaryKey(table, constraint.Columns);
                        break;
                    case "u":
                        facts.UniqueConstraint(table, constraint.Columns);
                        break;
                    default:
                        facts.ForeignKey(table, constraint.Columns, constraint.Principal, constraint.PrincipalColumns,
                            PostgresDeleteAction(constraint.OnDelete));
                        break;
                }
            }

            // Indexes that back a primary key or unique constraint are reported as those constraints above.
            var indexes = await QueryAsync(connection, $"""
                SELECT i.relname::text, x.indisunique,
                       array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(num, ord)
                             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num ORDER BY k.ord)
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = '{table}'::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u'))
                """, r => (Name: r.GetString(0), Unique: r.GetBoolean(1), Columns: (string[])r.GetValue(2)));
            foreach (var index in indexes)
            {
                facts.Index(table, index.Name, index.Columns, index.Unique);
            }
        }

        return facts;
    }

    // pg_constraint.confdeltype: a = no action, r = restrict, c = cascade, n = set null, d = set default.
    private static string PostgresDeleteAction(string code) => code switch
    {
        "a" => "NO ACTION",
        "r" => "RESTRICT",
        "c" => "CASCADE",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown pg_constraint.confdeltype."),
    };

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
