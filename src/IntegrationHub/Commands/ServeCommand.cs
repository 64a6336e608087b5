using System.CommandLine;

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
        command.Options.Add(urls);
        command.Options.Add(environment);
        var database = DatabaseOptionSet.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            // The options become ordinary host configuration, so appsettings.json and environment variables
            // (Hub__Database__Provider, ASPNETCORE_URLS, ...) keep working and the command line wins over them.
            var hostArgs = new List<string>(database.HostArgs(parse));
            AddSetting(hostArgs, "urls", parse.GetValue(urls));
            AddSetting(hostArgs, "environment", parse.GetValue(environment));

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
