namespace IntegrationHub.Data;

/// <summary>The database engines the hub runs on. The model has no provider-specific code, so adding one
/// (SQL Server, say) is a new value here, a case in <see cref="HubDataRegistration.UseProvider"/>, a migration
/// folder (<see cref="Migrations.MigrationCatalog.FolderOf"/>) and a migration lock (<c>MigrationDialect</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite, embedded in the hub process: the default, one file under the data folder.</summary>
    Sqlite,

    /// <summary>PostgreSQL, a server the hub connects to.</summary>
    Postgres,
}
