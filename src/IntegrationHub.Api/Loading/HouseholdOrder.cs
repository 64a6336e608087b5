using System.Globalization;
using System.Linq.Expressions;
using IntegrationHub.Api.Paging;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Loading;

/// <summary>What a household list can be sorted by. Every ordering ends with the household's key, so that rows
/// with equal sort keys still have one fixed place and keyset paging never skips or repeats one.</summary>
public enum HouseholdOrderField
{
    /// <summary>The hub's key, which ascends in insertion order.</summary>
    Id,

    /// <summary>When the record last changed.</summary>
    UpdatedAt,

    /// <summary>The survey's household code; households without one sort as the empty code.</summary>
    HouseholdCode,

    /// <summary>The village code, so households of one area come together.</summary>
    AreaCode,
}

/// <summary>The coerced <c>orderBy</c> argument of <c>households</c>: sort keys in priority order, each ascending
/// or descending, then the key as the tie-breaker in the direction of the last sort key. It sorts in SQL, seeks
/// past a <see cref="KeysetCursor"/> in SQL, and makes the cursor of a row.</summary>
public sealed class HouseholdOrder
{
    /// <summary>The error code of an <c>orderBy</c> that cannot be applied.</summary>
    public const string InvalidOrderCode = "INVALID_ORDER";

    private readonly IReadOnlyList<(SortKey Key, bool Descending)> _keys;

    private HouseholdOrder(IReadOnlyList<(SortKey Key, bool Descending)> keys)
    {
        _keys = keys;
        Signature = string.Join(",", keys.Select(k => k.Key.Name + (k.Descending ? " DESC" : " ASC")));
    }

    /// <summary>Key order, ascending: the order of a list when the client gives none.</summary>
    public static HouseholdOrder Default { get; } = new([(SortKey.Id, false)]);

    /// <summary>The ordering as cursors record it, for example <c>"UPDATED_AT DESC,ID DESC"</c>.</summary>
    public string Signature { get; }

    /// <summary>The names of the <c>Household</c> fields whose columns the cursor of a row needs.</summary>
    public IEnumerable<string> FieldsNeeded => _keys.Select(k => k.Key.FieldName).OfType<string>();

    /// <summary>Reads the coerced list of <c>HouseholdOrder</c> input objects: each has a <c>field</c> (a
    /// <see cref="HouseholdOrderField"/>) and a <c>direction</c> (a <see cref="SortDirection"/>).</summary>
    /// <exception cref="FieldErrorException">A field is given twice, or a key follows <c>ID</c> (which is unique,
    /// so nothing after it could ever decide).</exception>
    public static HouseholdOrder From(IReadOnlyList<object?>? input)
    {
        if (input is null || input.Count == 0)
        {
            return Default;
        }

        var keys = new List<(SortKey, bool)>();
        for (var i = 0; i < input.Count; i++)
        {
            var item = (IReadOnlyDictionary<string, object?>)input[i]!;
            var field = (HouseholdOrderField)item["field"]!;
            var descending = item.GetValueOrDefault("direction") is SortDirection.Descending;
            if (keys.Count > 0 && keys[^1].Item1 == SortKey.Id)
            {
                throw new FieldErrorException(
                    $"Argument \"orderBy\" has {SortKey.Of(field).Name} at position {i} after ID: the key is unique, so order by ID last or not at all.",
                    code: InvalidOrderCode);
            }

            if (keys.Any(k => k.Item1 == SortKey.Of(field)))
            {
                throw new FieldErrorException(
                    $"Argument \"orderBy\" names {SortKey.Of(field).Name} twice (again at position {i}): give each field once.",
                    code: InvalidOrderCode);
            }

            keys.Add((SortKey.Of(field), descending));
        }

        // The tie-breaker, unless the client already ended with the key.
        if (keys[^1].Item1 != SortKey.Id)
        {
            keys.Add((SortKey.Id, keys[^1].Item2));
        }

        return new HouseholdOrder(keys);
    }

    /// <summary>Sorts <paramref name="households"/> in SQL.</summary>
    public IQueryable<Household> Sort(IQueryable<Household> households)
    {
        var sorted = _keys[0].Key.Sort(households, _keys[0].Descending, first: true);
        foreach (var (key, descending) in _keys.Skip(1))
        {
            sorted = key.Sort(sorted, descending, first: false);
        }

        return sorted;
    }

    /// <summary>Keeps the households that sort after <paramref name="cursor"/>'s position, in SQL: for keys
    /// k1..kn, the rows where k1 lies beyond its value, or k1 equals it and k2 lies beyond, and so on. That
    /// disjunction alone does not bound an index range, so it is AND-ed with "k1 at or beyond its value", which
    /// does: the database seeks to the position on an index of k1 instead of scanning from the start.</summary>
    public IQueryable<Household> After(IQueryable<Household> households, KeysetCursor cursor)
    {
        var household = Expression.Parameter(typeof(Household), "h");
        var values = _keys.Select((k, i) => k.Key.Value(cursor, i)).ToList();
        Expression? after = null;
        for (var i = _keys.Count - 1; i >= 0; i--)
        {
            var column = _keys[i].Key.Column(household);
            var beyond = Comparison(column, values[i], _keys[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            after = after is null
                ? beyond
                : Expression.OrElse(beyond, Expression.AndAlso(Comparison(column, values[i], ExpressionType.Equal), after));
        }

        if (_keys.Count > 1)
        {
            var leading = Comparison(_keys[0].Key.Column(household), values[0],
                _keys[0].Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
            after = Expression.AndAlso(leading, after!);
        }

        return households.Where(Expression.Lambda<Func<Household, bool>>(after!, household));
    }

    /// <summary>The cursor positioned after <paramref name="row"/>, which must hold the columns of
    /// <see cref="FieldsNeeded"/>.</summary>
    public KeysetCursor CursorOf(HouseholdRow row) =>
        new(Signature, [.. _keys.Where(k => k.Key != SortKey.Id).Select(k => k.Key.Format(row))], row.Id);

    /// <summary>Decodes an <c>after</c> argument issued for this ordering, and checks that each of its sort key
    /// values reads as its key's type, so that a damaged cursor fails here rather than inside a query.</summary>
    /// <exception cref="FieldErrorException">The cursor is forged, damaged, or from another ordering.</exception>
    public KeysetCursor Decode(string cursor)
    {
        var decoded = KeysetCursor.Decode(cursor, Signature, _keys.Count - 1);
        for (var i = 0; i < _keys.Count; i++)
        {
            _keys[i].Key.Value(decoded, i);
        }

        return decoded;
    }

    /// <summary><c>left op right</c>; strings through <see cref="string.Compare(string, string)"/>, which EF Core
    /// translates to the SQL comparison operators in the column's collation, as ORDER BY sorts.</summary>
    private static Expression Comparison(Expression left, Expression right, ExpressionType op)
    {
        if (left.Type == typeof(string))
        {
            left = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            right = Expression.Constant(0);
        }

        return Expression.MakeBinary(op, left, right);
    }

    /// <summary>One sortable column: its name in orderBy, the <c>Household</c> field whose column holds it, and
    /// how its value is written to and read from a cursor.</summary>
    private abstract class SortKey(string name, string? fieldName)
    {
        public static readonly SortKey Id = new Typed<long>("ID", null, h => h.Id, r => r.Id,
            v => v.ToString(CultureInfo.InvariantCulture), text => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

        private static readonly SortKey UpdatedAt = new Typed<DateTime>("UPDATED_AT", "updatedAt", h => h.UpdatedAt, r => r.UpdatedAt,
            v => v.ToString("O", CultureInfo.InvariantCulture),
            text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));

        // Null codes sort as the empty string on every provider (SQLite puts NULL first, PostgreSQL last), and the
        // comparison in After then needs no IS NULL branch.
        private static readonly SortKey HouseholdCode = new Typed<string>("HOUSEHOLD_CODE", "householdCode", h => h.HouseholdCode ?? "", r => r.HouseholdCode ?? "",
            v => v, text => text);

        private static readonly SortKey AreaCode = new Typed<string>("AREA_CODE", "areaCode", h => h.VillageCode, r => r.VillageCode,
            v => v, text => text);

        public string Name { get; } = name;

        public string? FieldName { get; } = fieldName;

        public static SortKey Of(HouseholdOrderField field) => field switch
        {
            HouseholdOrderField.Id => Id,
            HouseholdOrderField.UpdatedAt => UpdatedAt,
            HouseholdOrderField.HouseholdCode => HouseholdCode,
            HouseholdOrderField.AreaCode => AreaCode,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };

        public abstract IOrderedQueryable<Household> Sort(IQueryable<Household> households, bool descending, bool first);

        public abstract Expression Column(ParameterExpression household);

        /// <summary>The cursor's value for this key (the id for <see cref="Id"/>, else the key at
        /// <paramref name="index"/>), as an expression that EF Core sends as a parameter, never as SQL text.</summary>
        /// <exception cref="FieldErrorException">The cursor's text for the key does not parse.</exception>
        public abstract Expression Value(KeysetCursor cursor, int index);

        public abstract string Format(HouseholdRow row);

        private sealed class Typed<T>(
            string name, string? fieldName, Expression<Func<Household, T>> column, Func<HouseholdRow, T> read,
            Func<T, string> format, Func<string, T> parse) : SortKey(name, fieldName)
        {
            public override IOrderedQueryable<Household> Sort(IQueryable<Household> households, bool descending, bool first) =>
                (first, descending) switch
                {
                    (true, false) => households.OrderBy(column),
                    (true, true) => households.OrderByDescending(column),
                    (false, false) => ((IOrderedQueryable<Household>)households).ThenBy(column),
                    (false, true) => ((IOrderedQueryable<Household>)households).ThenByDescending(column),
                };

            public override Expression Column(ParameterExpression household) =>
                ParameterReplacer.Replace(column, household);

            public override Expression Value(KeysetCursor cursor, int index)
            {
                T value;
                if (this == Id)
                {
                    value = (T)(object)cursor.Id;
                }
                else
                {
                    try
                    {
                        value = parse(cursor.Keys[index]);
                    }
                    catch (FormatException)
                    {
                        throw new FieldErrorException(
                            $"Argument \"after\" has a cursor whose {Name} value \"{cursor.Keys[index]}\" is damaged: pass cursors unchanged.",
                            code: KeysetCursor.InvalidCursorCode);
                    }
                }

                return QueryParameter.Of(value);
            }

            public override string Format(HouseholdRow row) => format(read(row));

            private sealed class Captured(T value)
            {
                public T Value { get; } = value;
            }
        }
    }

}
