using System.Linq.Expressions;
using System.Reflection;

namespace IntegrationHub.Api.Loading;

/// <summary>The SQL projection of <typeparamref name="TEntity"/> onto <typeparamref name="TRow"/> that reads only
/// the columns the selected GraphQL fields show: <c>e =&gt; new TRow { A = e.A, ... }</c>, built per request from
/// the columns declared here, so that a column nobody asked for (an address, an income) is not in the SQL.</summary>
/// <typeparam name="TEntity">The EF Core entity queried.</typeparam>
/// <typeparam name="TRow">The row the resolvers read; a member not projected keeps its default, and no resolver
/// reads it, because only unselected fields need it.</typeparam>
public sealed class RowProjection<TEntity, TRow>
    where TRow : new()
{
    private readonly List<Column> _columns = [];

    /// <summary>Declares a column: the row member <paramref name="member"/> read as <paramref name="value"/>, needed
    /// when any of <paramref name="fields"/> is selected, or always when none is given.</summary>
    public RowProjection<TEntity, TRow> Add<TValue>(
        Expression<Func<TRow, TValue>> member, Expression<Func<TEntity, TValue>> value, params string[] fields)
    {
        var property = (member.Body as MemberExpression)?.Member as PropertyInfo
            ?? throw new ArgumentException($"{member} does not name a property of {typeof(TRow).Name}.", nameof(member));
        _columns.Add(new Column(property, value, fields));
        return this;
    }

    /// <summary>The projection reading the columns that <paramref name="selected"/> and
    /// <paramref name="alsoNeeded"/> (field names, for example those a sort order reads) need.</summary>
    public Selection For(SelectedFields selected, params IEnumerable<string> alsoNeeded)
    {
        var extra = alsoNeeded.ToHashSet(StringComparer.Ordinal);
        var columns = _columns
            .Where(c => c.Fields.Count == 0 || c.Fields.Any(f => selected.Contains(f) || extra.Contains(f)))
            .ToList();
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var body = Expression.MemberInit(
            Expression.New(typeof(TRow)),
            columns.Select(c => Expression.Bind(c.Member, ParameterReplacer.Replace(c.Value, entity))));
        return new Selection(
            Expression.Lambda<Func<TEntity, TRow>>(body, entity),
            string.Join(",", columns.Select(c => c.Member.Name)));
    }

    /// <summary>A projection, and the names of the members it fills, which tell projections apart when batched
    /// loads of one kind need different columns.</summary>
    /// <param name="Expression">The projection, for <c>Select</c>.</param>
    /// <param name="Key">The members filled, comma-separated in declaration order.</param>
    public sealed record Selection(Expression<Func<TEntity, TRow>> Expression, string Key);

    private sealed record Column(PropertyInfo Member, LambdaExpression Value, IReadOnlyList<string> Fields);
}
