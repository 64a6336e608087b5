using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>A household's livelihood-capital scores of one survey round, projected in SQL.</summary>
/// <param name="HouseholdId">The household scored.</param>
/// <param name="Round">The survey round.</param>
/// <param name="SurveyedOn">The day of the survey.</param>
/// <param name="Human">Human capital, 0 to 5.</param>
/// <param name="Physical">Physical capital, 0 to 5.</param>
/// <param name="Financial">Financial capital, 0 to 5.</param>
/// <param name="Natural">Natural capital, 0 to 5.</param>
/// <param name="Social">Social capital, 0 to 5.</param>
public sealed record CapitalScoresRow(
    long HouseholdId, int Round, DateOnly SurveyedOn, decimal Human, decimal Physical, decimal Financial, decimal Natural, decimal Social)
{
    /// <summary>The projection, translated to SQL by EF Core.</summary>
    public static Expression<Func<CapitalScore, CapitalScoresRow>> FromEntity { get; } =
        s => new CapitalScoresRow(s.HouseholdId, s.Round, s.SurveyedOn, s.Human, s.Physical, s.Financial, s.Natural, s.Social);
}
