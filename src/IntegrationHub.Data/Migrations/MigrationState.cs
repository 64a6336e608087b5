namespace IntegrationHub.Data.Migrations;

/// <summary>Whether this process has brought the database up to its scripts; read by the readiness check.</summary>
public sealed class MigrationState
{
    private volatile bool _current;

    /// <summary>True once start-up migration has succeeded.</summary>
    public bool IsCurrent => _current;

    /// <summary>Records that the database is up to date.</summary>
    public void MarkCurrent() => _current = true;
}
