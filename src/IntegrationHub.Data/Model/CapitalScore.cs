namespace IntegrationHub.Data.Model;

/// <summary>A household's livelihood-capital scores (Sustainable Livelihoods Framework) in one survey round.</summary>
public sealed class CapitalScore
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The household scored.</summary>
    public long HouseholdId { get; set; }

    /// <summary>The survey round, 1 for the first; one score set per household and round.</summary>
    public int Round { get; set; }

    /// <summary>The day of the survey.</summary>
    public DateOnly SurveyedOn { get; set; }

    /// <summary>Human capital: skills, health, ability to work.</summary>
    public decimal Human { get; set; }

    /// <summary>Physical capital: housing, tools, infrastructure.</summary>
    public decimal Physical { get; set; }

    /// <summary>Financial capital: savings, income, credit.</summary>
    public decimal Financial { get; set; }

    /// <summary>Natural capital: land, water, natural resources.</summary>
    public decimal Natural { get; set; }

    /// <summary>Social capital: networks, groups, community support.</summary>
    public decimal Social { get; set; }
}
