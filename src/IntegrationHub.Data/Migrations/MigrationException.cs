namespace IntegrationHub.Data.Migrations;

/// <summary>The database and the migration scripts disagree in a way only a person can resolve: an applied
/// script was changed, the database has a version this hub does not know, or a script is malformed or failed.</summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception with a message that names the script and what is wrong.</summary>
    public MigrationException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception for a script that failed, keeping the database's error.</summary>
    public MigrationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
