namespace IntegrationHub.Data.Model;

/// <summary>One entry of the change feed: a household, member or referral was created, changed or deleted.
/// Consumers keep an exact copy by reading entries after the last <see cref="Sequence"/> they saw.</summary>
public sealed class Change
{
    /// <summary>The feed position: gap-free, and assigned in commit order (see <see cref="ChangeFeedCounter"/>),
    /// so a reader that has seen N has seen everything up to N.</summary>
    public long Sequence { get; set; }

    /// <summary>The kind of record that changed.</summary>
    public ChangedEntity Entity { get; set; }

    /// <summary>The key of the record that changed.</summary>
    public long EntityId { get; set; }

    /// <summary>The household the record belongs to (itself, for a household).</summary>
    public long HouseholdId { get; set; }

    /// <summary>The household's village at the time of the change, so an area-restricted reader sees deletions
    /// in its area too.</summary>
    public required string VillageCode { get; set; }

    /// <summary>Created or changed, or deleted.</summary>
    public ChangeOperation Operation { get; set; }

    /// <summary>When the change was saved, in UTC.</summary>
    public DateTime ChangedAt { get; set; }
}
