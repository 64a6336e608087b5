namespace IntegrationHub.Data.Model;

/// <summary>A concrete problem a survey found in a household, on one of the five dimensions, optionally of one
/// member.</summary>
public sealed class HouseholdProblem
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The household with the problem.</summary>
    public long HouseholdId { get; set; }

    /// <summary>The member the problem concerns, when it is one person's.</summary>
    public long? MemberId { get; set; }

    /// <summary>The dimension the problem is on.</summary>
    public ProblemDimension Dimension { get; set; }

    /// <summary>The problem, as the survey describes it.</summary>
    public required string Description { get; set; }

    /// <summary>The day the problem was recorded.</summary>
    public DateOnly IdentifiedOn { get; set; }
}
