using System.CommandLine;
using IntegrationHub.Data;

namespace IntegrationHub.Commands;

/// <summary><c>serve</c>: runs the hub's HTTP endpoints until Ctrl-C (SIGINT) or SIGTERM, then drains
/// in-flight requests and exits 0.</summary>
public static class ServeCommand
{
    /// <summary>The <c>serve</c> subcommand.</summary>
    public static Command Create(Func<string[], WebApplication> createWebApplication)
    {
        var serve = new Command("serve", "Run the GraphQL gateway and its health endpoints (the default command).");
        Configure(serve, createWebApplication);
        return serve;
    }

    /// <summary>Gives <paramref name="command"/> the serve options and action, so the root command can
    /// serve too.</summary>
    public static void Configure(Command command, Func<string[], WebApplication> createWebApplication)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (default http://localhost:5000).",
        };
        var environment = new Option<string?>("--environment")
        {
            Description = "Hosting environment: Development, Staging or Production (default Production, or ASPNETCORE_ENVIRONMENT).",
        };
        var provider = new Option<DatabaseProvider?>("--database-provider")
        {
            Description = "Database engine: Sqlite (embedded, the default) or Postgres.",
        };
        var connectionString = new Option<string?>("--connection-string")
        {
            Description = "Database connection string (default: a SQLite file in the data folder).",
        };
        var dataDirectory = new Option<string?>("--data-dir")
        {
            Description = "Folder for the hub's own files, relative to the content root, created when missing (default data).",
        };
        command.Options.Add(urls);
        command.Options.Add(environment);
        command.Options.Add(provider);
        command.Options.Add(connectionString);
        command.Options.Add(dataDirectory);

        command.SetAction(async (parse, cancellationToken) =>
        {
            // The options become ordinary host configuration, so appsettings.json and environment variables
            // (Hub__Database__Provider, ASPNETCORE_URLS, ...) keep working and the command line wins over them.
            var hostArgs = new List<string>();
            AddSetting(hostArgs, "urls", parse.GetValue(urls));
            AddSetting(hostArgs, "environment", parse.GetValue(environment));
            AddSetting(hostArgs, $"{DatabaseOptions.SectionName}:Provider", parse.GetValue(provider)?.ToString());
            AddSetting(hostArgs, $"{DatabaseOptions.SectionName}:ConnectionString", parse.GetValue(connectionString));
            AddSetting(hostArgs, $"{DatabaseOptions.SectionName}:DataDirectory", parse.GetValue(dataDirectory));

            await using var app = createWebApplication([.. hostArgs]);
            await app.RunAsync(cancellationToken);
            return 0;
        });
    }

    private static void AddSetting(List<string> hostArgs, string key, string? value)
    {
        if (value is not null)
        {
            hostArgs.Add($"--{key}={value}");
        }
    }
}
