using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>A problem recorded for a household, projected in SQL.</summary>
/// <param name="Id">The hub's key.</param>
/// <param name="HouseholdId">The household with the problem.</param>
/// <param name="Dimension">The dimension it is on.</param>
/// <param name="Description">The survey's description.</param>
/// <param name="IdentifiedOn">The day it was recorded.</param>
public sealed record HouseholdProblemRow(
    long Id, long HouseholdId, ProblemDimension Dimension, string Description, DateOnly IdentifiedOn)
{
    /// <summary>The projection, translated to SQL by EF Core.</summary>
    public static Expression<Func<HouseholdProblem, HouseholdProblemRow>> FromEntity { get; } =
        p => new HouseholdProblemRow(p.Id, p.HouseholdId, p.Dimension, p.Description, p.IdentifiedOn);
}
