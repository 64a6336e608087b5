namespace IntegrationHub.Data.Model;

/// <summary>What happened to a record, as the change feed reports it.</summary>
public enum ChangeOperation
{
    /// <summary>Created or updated (an exit is an update: the household's status becomes exited); read the record.</summary>
    Upserted,

    /// <summary>Deleted; the record no longer exists.</summary>
    Deleted,
}
