namespace IntegrationHub.Testing;

/// <summary>What a snapshot comparison may do to the files on disk.</summary>
public enum SnapshotMode
{
    /// <summary>Compare; write a snapshot that is missing (a developer's machine).</summary>
    CompareAndCreateMissing,

    /// <summary>Write every snapshot from the actual value (asked for with <c>UPDATE_SNAPSHOTS=1</c>).</summary>
    Update,

    /// <summary>Compare only: a missing or different snapshot fails and nothing is written (CI).</summary>
    CompareOnly,
}
