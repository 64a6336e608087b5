using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>The columns of a household that the schema can show. Queries project onto it, so that columns the
/// schema never returns (address, house code, verifier, exit reason) are not read from the database at all.</summary>
/// <param name="Id">The hub's key.</param>
/// <param name="HouseholdCode">The survey's household code, if any.</param>
/// <param name="Group">The programme group.</param>
/// <param name="VillageCode">The eight-digit village code.</param>
public sealed record HouseholdRow(long Id, string? HouseholdCode, HouseholdGroup Group, string VillageCode)
{
    /// <summary>The projection, translated to SQL by EF Core.</summary>
    public static Expression<Func<Household, HouseholdRow>> FromEntity { get; } =
        h => new HouseholdRow(h.Id, h.HouseholdCode, h.Group, h.VillageCode);
}
