namespace IntegrationHub.Data.Model;

/// <summary>What happened to a record, as the change feed reports it.</summary>
public enum ChangeOperation
{
    /// <summary>Created or updated (an exit is an update: the household's status becomes exited); read the record.</summary>
    Upserted,

    /// <summary>Deleted; the record no longer exists.</summary>
    Deleted,

    /// <summary>The household moved to another village; this entry is filed under the village it left, so that a
    /// reader of that area learns it is gone from the area (the entries that follow, filed under the new village,
    /// carry the household and its members and referrals to readers of the new area).</summary>
    MovedOut,
}
