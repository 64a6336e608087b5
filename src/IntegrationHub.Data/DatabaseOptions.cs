namespace IntegrationHub.Data;

/// <summary>Where the hub keeps its data, bound from the <c>Hub:Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:Database";

    /// <summary>The database engine; <see cref="DatabaseProvider.Sqlite"/> unless configured.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The provider's connection string. Empty means the embedded default:
    /// a SQLite file named <see cref="SqliteFileName"/> in <see cref="DataDirectory"/>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The folder for the hub's own files (the SQLite database among them), relative to the
    /// content root (the project folder under <c>dotnet run</c>) unless absolute. Created when missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The file name of the embedded SQLite database inside <see cref="DataDirectory"/>.</summary>
    public string SqliteFileName { get; set; } = "hub.db";
}
