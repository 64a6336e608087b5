using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Profiles;

/// <summary>The five livelihood capitals a household is scored on, each with the score column it reads.</summary>
/// <param name="Name">The GraphQL enumeration value.</param>
/// <param name="Description">What the capital measures, with its Thai term.</param>
/// <param name="Score">The capital's score in a <see cref="CapitalScore"/> row.</param>
public sealed record LivelihoodCapital(string Name, string Description, Expression<Func<CapitalScore, decimal>> Score)
{
    /// <summary>The five, in the order of the Sustainable Livelihoods Framework as the survey lists them.</summary>
    public static IReadOnlyList<LivelihoodCapital> All { get; } =
    [
        new("HUMAN", "Human capital (ทุนมนุษย์): skills, health, ability to work.", s => s.Human),
        new("PHYSICAL", "Physical capital (ทุนกายภาพ): housing, tools, infrastructure.", s => s.Physical),
        new("FINANCIAL", "Financial capital (ทุนการเงิน): savings, income, credit.", s => s.Financial),
        new("NATURAL", "Natural capital (ทุนธรรมชาติ): land, water, natural resources.", s => s.Natural),
        new("SOCIAL", "Social capital (ทุนทางสังคม): networks, groups, community support.", s => s.Social),
    ];

    /// <summary>The band index of a score (see <see cref="CapitalBand"/>) as an SQL-translatable expression:
    /// <c>score &lt; 1 ? 0 : score &lt; 2 ? 1 : ... : last</c>.</summary>
    public Expression<Func<CapitalScore, int>> Band()
    {
        Expression band = Expression.Constant(CapitalBand.All.Count - 1);
        for (var i = CapitalBand.All.Count - 2; i >= 0; i--)
        {
            band = Expression.Condition(
                Expression.LessThan(Score.Body, Expression.Constant(CapitalBand.All[i].Maximum)),
                Expression.Constant(i),
                band);
        }

        return Expression.Lambda<Func<CapitalScore, int>>(band, Score.Parameters);
    }
}
