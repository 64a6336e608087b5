using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>The columns of an assistance record that the schema can show, projected in SQL.</summary>
/// <param name="Id">The hub's key.</param>
/// <param name="ReferralId">The referral the help answers.</param>
/// <param name="GivenOn">The day the help was given.</param>
/// <param name="Kind">What was given.</param>
/// <param name="AmountBaht">The value in baht; null for help with no cash value.</param>
public sealed record AssistanceRow(long Id, long ReferralId, DateOnly GivenOn, string Kind, decimal? AmountBaht)
{
    /// <summary>The projection, translated to SQL by EF Core.</summary>
    public static Expression<Func<AssistanceRecord, AssistanceRow>> FromEntity { get; } =
        a => new AssistanceRow(a.Id, a.ReferralId, a.GivenOn, a.Kind, a.AmountBaht);
}
