using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>CapitalScoresFilter</c> and <c>ScoreRange</c> input types; read into
/// <see cref="CapitalScoreRange"/>s.</summary>
public static class CapitalScoresFilterGraphType
{
    /// <summary>A range of scores on the survey's 0 to 5 scale.</summary>
    public static InputObjectType ScoreRange { get; } = new(
        "ScoreRange",
        () =>
        [
            new InputValueDefinition("min", SpecifiedScalars.Float,
                description: "The lowest score kept, inclusive, 0 to 5; no lower bound when absent."),
            new InputValueDefinition("max", SpecifiedScalars.Float,
                description: "The highest score kept, inclusive, 0 to 5; no upper bound when absent."),
        ],
        "Scores from min to max, both inclusive, on the survey's 0 to 5 scale; give at least one bound.");

    /// <summary>Ranges for the capitals of the latest survey round.</summary>
    public static InputObjectType Type { get; } = new(
        "CapitalScoresFilter",
        () =>
        [
            .. Enum.GetValues<Capital>().Select(capital => new InputValueDefinition(CapitalScoreRange.FieldName(capital), ScoreRange,
                description: $"Only households whose latest {CapitalScoreRange.FieldName(capital)} capital score lies in this range.")),
        ],
        "Conditions on a household's latest livelihood-capital scores (คะแนนทุนการดำรงชีพ); all given must hold, and a household no round has scored matches none. For example { financial: { max: 2 } } keeps households weak in financial capital.");
}
