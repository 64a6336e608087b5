using System.Globalization;
using System.Linq.Expressions;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Loading;

/// <summary>The five livelihood capitals of the Sustainable Livelihoods Framework, as the capital-score filter
/// names them.</summary>
public enum Capital
{
    /// <summary>Human capital.</summary>
    Human,

    /// <summary>Physical capital.</summary>
    Physical,

    /// <summary>Financial capital.</summary>
    Financial,

    /// <summary>Natural capital.</summary>
    Natural,

    /// <summary>Social capital.</summary>
    Social,
}

/// <summary>A condition on one capital's score in a household's latest survey round: at least
/// <paramref name="Min"/> and at most <paramref name="Max"/>, both inclusive, on the survey's 0 to 5 scale.</summary>
/// <param name="Capital">The capital scored.</param>
/// <param name="Min">The lowest score kept; no lower bound when null.</param>
/// <param name="Max">The highest score kept; no upper bound when null.</param>
public sealed record CapitalScoreRange(Capital Capital, decimal? Min, decimal? Max)
{
    /// <summary>The lowest score on the survey's scale.</summary>
    public const decimal ScaleMinimum = 0m;

    /// <summary>The highest score on the survey's scale.</summary>
    public const decimal ScaleMaximum = 5m;

    /// <summary>The input field name of each capital, as the filter's errors name it.</summary>
    public static string FieldName(Capital capital) => capital switch
    {
        Capital.Human => "human",
        Capital.Physical => "physical",
        Capital.Financial => "financial",
        Capital.Natural => "natural",
        Capital.Social => "social",
        _ => throw new ArgumentOutOfRangeException(nameof(capital), capital, null),
    };

    /// <summary>Reads the coerced <c>ScoreRange</c> input object given for <paramref name="capital"/>.</summary>
    /// <exception cref="FieldErrorException">Neither bound is given, a bound lies off the 0 to 5 scale, or
    /// min exceeds max; the message names the input field.</exception>
    public static CapitalScoreRange From(Capital capital, IReadOnlyDictionary<string, object?> input)
    {
        var path = $"capitalScores.{FieldName(capital)}";
        var min = Bound(input, "min", path);
        var max = Bound(input, "max", path);
        if (min is null && max is null)
        {
            throw HouseholdFilter.Invalid(path, "gives neither min nor max: give at least one bound, or leave the capital out");
        }

        if (min > max)
        {
            throw HouseholdFilter.Invalid(path, string.Create(CultureInfo.InvariantCulture, $"has min {min} above max {max}: no score can lie between them"));
        }

        return new CapitalScoreRange(capital, min, max);
    }

    /// <summary>The condition on a score row, in SQL; bounds travel as parameters.</summary>
    public Expression Condition(ParameterExpression score)
    {
        Expression column = Expression.Property(score, Capital switch
        {
            Capital.Human => nameof(CapitalScore.Human),
            Capital.Physical => nameof(CapitalScore.Physical),
            Capital.Financial => nameof(CapitalScore.Financial),
            Capital.Natural => nameof(CapitalScore.Natural),
            Capital.Social => nameof(CapitalScore.Social),
            _ => throw new InvalidOperationException($"Unknown capital {Capital}."),
        });
        Expression condition = Expression.Constant(true);
        if (Min is { } min)
        {
            condition = Expression.AndAlso(condition, Expression.GreaterThanOrEqual(column, QueryParameter.Of(min)));
        }

        if (Max is { } max)
        {
            condition = Expression.AndAlso(condition, Expression.LessThanOrEqual(column, QueryParameter.Of(max)));
        }

        return condition;
    }

    private static decimal? Bound(IReadOnlyDictionary<string, object?> input, string name, string path)
    {
        if (input.GetValueOrDefault(name) is not double value)
        {
            return null;
        }

        // Written so that NaN fails too: it compares false with everything.
        if (!(value >= (double)ScaleMinimum && value <= (double)ScaleMaximum))
        {
            throw HouseholdFilter.Invalid($"{path}.{name}", string.Create(CultureInfo.InvariantCulture, $"is {value}, off the survey's scale of {ScaleMinimum} to {ScaleMaximum}"));
        }

        return (decimal)value;
    }
}
