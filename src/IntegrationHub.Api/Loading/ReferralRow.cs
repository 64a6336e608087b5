using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>The columns of a referral that the schema can show, projected in SQL.</summary>
/// <param name="Id">The hub's key.</param>
/// <param name="HouseholdId">The household referred.</param>
/// <param name="Dimension">The problem dimension addressed.</param>
/// <param name="AgencyCode">The code of the agency referred to.</param>
/// <param name="ReferrerAgencyCode">The code of the agency that made the referral; null when the hub did.</param>
/// <param name="Programme">The agency's programme.</param>
/// <param name="Status">The current status.</param>
/// <param name="SubmittedAt">When the referral was submitted, in UTC: its first transition.</param>
/// <param name="UpdatedAt">When the referral last changed, in UTC.</param>
public sealed record ReferralRow(
    long Id,
    long HouseholdId,
    ProblemDimension Dimension,
    string AgencyCode,
    string? ReferrerAgencyCode,
    string Programme,
    ReferralStatus Status,
    DateTime SubmittedAt,
    DateTime UpdatedAt)
{
    /// <summary>The projection, translated to SQL by EF Core (the submission time as a correlated subquery).</summary>
    public static Expression<Func<Referral, ReferralRow>> FromEntity { get; } =
        r => new ReferralRow(
            r.Id,
            r.HouseholdId,
            r.Dimension,
            r.AgencyCode,
            r.ReferrerAgencyCode,
            r.Programme,
            r.Status,
            r.Transitions.OrderBy(t => t.Id).Select(t => t.ChangedAt).First(),
            r.UpdatedAt);
}
