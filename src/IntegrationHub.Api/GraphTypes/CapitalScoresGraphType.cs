using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>CapitalScores</c> object type: a household's five livelihood-capital scores in one survey
/// round. Scores are decimals with two places on a 0 to 5 scale, shown as Float (GraphQL has no decimal; two
/// places below 5 are exact enough).</summary>
public static class CapitalScoresGraphType
{
    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        "CapitalScores",
        () =>
        [
            new FieldDefinition("round", SpecifiedScalars.Int,
                resolver: Resolve.From<CapitalScoresRow>(s => s.Round),
                description: "The survey round that gave these scores, 1 for the first (รอบการสำรวจ)."),
            new FieldDefinition("surveyedOn", DateScalar.Instance,
                resolver: Resolve.From<CapitalScoresRow>(s => s.SurveyedOn),
                description: "The day of that survey (วันที่สำรวจ)."),
            Score("human", s => s.Human, "Human capital (ทุนมนุษย์): skills, health, ability to work."),
            Score("physical", s => s.Physical, "Physical capital (ทุนกายภาพ): housing, tools, infrastructure."),
            Score("financial", s => s.Financial, "Financial capital (ทุนการเงิน): savings, income, credit."),
            Score("natural", s => s.Natural, "Natural capital (ทุนธรรมชาติ): land, water, natural resources."),
            Score("social", s => s.Social, "Social capital (ทุนทางสังคม): networks, groups, community support."),
        ],
        description: "A household's livelihood-capital scores (คะแนนทุนการดำรงชีพ 5 มิติ) in one survey round, each from 0 (none) to 5 (strong).");

    private static FieldDefinition Score(string name, Func<CapitalScoresRow, decimal> read, string description) =>
        new(name, SpecifiedScalars.Float,
            resolver: Resolve.From<CapitalScoresRow>(s => (double)read(s)),
            description: description + " From 0 to 5.");
}
