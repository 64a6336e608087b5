namespace IntegrationHub.Data.Tests.Schema;

/// <summary>A schema as a set of one-line facts, each naming its table, such as
/// <c>members: column national_id character varying(13) not null</c>. The model and an introspected database
/// are both turned into facts, so comparing them is a set difference whose lines say exactly what drifted.</summary>
public sealed class SchemaFacts
{
    private readonly SortedSet<string> _facts = new(StringComparer.Ordinal);

    /// <summary>Every fact, sorted.</summary>
    public IReadOnlyCollection<string> All => _facts;

    /// <summary>Adds a table; its fact sorts with its columns.</summary>
    public void Table(string table) => _facts.Add($"{table}: table");

    /// <summary>Adds a column with its store type as the provider spells it.</summary>
    public void Column(string table, string name, string storeType, bool nullable) =>
        _facts.Add($"{table}: column {name} {storeType} {(nullable ? "null" : "not null")}");

    /// <summary>Adds the primary key.</summary>
    public void PrimaryKey(string table, IEnumerable<string> columns) =>
        _facts.Add($"{table}: primary key ({string.Join(", ", columns)})");

    /// <summary>Adds a foreign key; <paramref name="onDelete"/> is the SQL action, e.g. <c>CASCADE</c>.</summary>
    public void ForeignKey(string table, IEnumerable<string> columns, string principalTable, IEnumerable<string> principalColumns, string onDelete) =>
        _facts.Add($"{table}: foreign key ({string.Join(", ", columns)}) references {principalTable} ({string.Join(", ", principalColumns)}) on delete {onDelete}");

    /// <summary>Adds a unique constraint other than the primary key.</summary>
    public void UniqueConstraint(string table, IEnumerable<string> columns) =>
        _facts.Add($"{table}: unique constraint ({string.Join(", ", columns)})");

    /// <summary>Adds an index.</summary>
    public void Index(string table, string name, IEnumerable<string> columns, bool unique) =>
        _facts.Add($"{table}: {(unique ? "unique index" : "index")} {name} ({string.Join(", ", columns)})");

    /// <summary>The differences from <paramref name="expected"/> to this schema, one line each, prefixed with
    /// <c>missing:</c> (expected, absent here) or <c>unexpected:</c> (here, not expected). Empty when equal.</summary>
    public IReadOnlyList<string> DifferencesFrom(SchemaFacts expected) =>
    [
        .. expected._facts.Except(_facts).Select(fact => $"missing: {fact}"),
        .. _facts.Except(expected._facts).Select(fact => $"unexpected: {fact}"),
    ];

    /// <inheritdoc />
    public override string ToString() => string.Join('\n', _facts) + "\n";
}
