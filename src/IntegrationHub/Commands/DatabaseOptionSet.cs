using System.CommandLine;
using IntegrationHub.Data;

namespace IntegrationHub.Commands;

/// <summary>The options that say which database to use, turned into host configuration so that
/// appsettings.json and environment variables keep working and the command line wins over them.</summary>
internal sealed class DatabaseOptionSet
{
    private readonly Option<DatabaseProvider?> _provider = ProviderOption();

    private readonly Option<string?> _connectionString = new("--connection-string")
    {
        Description = "Database connection string (default: the configured one, else a SQLite file in the data folder).",
    };

    private readonly Option<string?> _dataDirectory = new("--data-dir")
    {
        Description = "Folder for the hub's own files, relative to the content root (the project folder under dotnet run), created when missing (default data).",
    };

    public static Option<DatabaseProvider?> ProviderOption() => new("--database-provider")
    {
        Description = "Database engine: Sqlite (embedded, the default) or Postgres.",
    };

    public static DatabaseOptionSet AddTo(Command command)
    {
        var set = new DatabaseOptionSet();
        command.Options.Add(set._provider);
        command.Options.Add(set._connectionString);
        command.Options.Add(set._dataDirectory);
        return set;
    }

    public string[] HostArgs(ParseResult parse)
    {
        var hostArgs = new List<string>();
        Add(hostArgs, "Provider", parse.GetValue(_provider)?.ToString());
        Add(hostArgs, "ConnectionString", parse.GetValue(_connectionString));
        Add(hostArgs, "DataDirectory", parse.GetValue(_dataDirectory));
        return [.. hostArgs];
    }

    private static void Add(List<string> hostArgs, string key, string? value)
    {
        if (value is not null)
        {
            hostArgs.Add($"--{DatabaseOptions.SectionName}:{key}={value}");
        }
    }
}
