using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Changes;

/// <summary>The columns of a change-feed entry that the schema shows, projected in SQL.</summary>
/// <param name="Sequence">The feed position.</param>
/// <param name="Entity">The kind of record that changed.</param>
/// <param name="EntityId">The key of the record that changed.</param>
/// <param name="HouseholdId">The key of the household the record belongs to.</param>
/// <param name="Operation">Created or changed, or deleted.</param>
/// <param name="ChangedAt">When the change was saved, in UTC.</param>
public sealed record ChangeRow(
    long Sequence, ChangedEntity Entity, long EntityId, long HouseholdId, ChangeOperation Operation, DateTime ChangedAt)
{
    /// <summary>The projection, translated to SQL by EF Core.</summary>
    public static Expression<Func<Change, ChangeRow>> FromEntity { get; } =
        c => new ChangeRow(c.Sequence, c.Entity, c.EntityId, c.HouseholdId, c.Operation, c.ChangedAt);
}
