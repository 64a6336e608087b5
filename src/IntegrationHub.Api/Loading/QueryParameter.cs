using System.Linq.Expressions;

namespace IntegrationHub.Api.Loading;

/// <summary>Values put into hand-built expression trees the way a C# lambda captures a variable, so that EF Core
/// sends them as SQL parameters: never as literals in the SQL text (one cached plan whatever the value, and no
/// value ever becomes SQL).</summary>
internal static class QueryParameter
{
    /// <summary>An expression reading <paramref name="value"/> from a captured holder.</summary>
    public static Expression Of<T>(T value) =>
        Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
