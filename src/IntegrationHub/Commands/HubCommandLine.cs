using System.CommandLine;

namespace IntegrationHub.Commands;

/// <summary>The hub's command line: one executable, one subcommand per job. With no subcommand the hub
/// serves, so <c>dotnet run --project src/IntegrationHub</c> starts the gateway.</summary>
public static class HubCommandLine
{
    /// <summary>Builds the root command. <paramref name="createWebApplication"/> composes the web
    /// application that <c>serve</c> runs.</summary>
    public static RootCommand Create(Func<string[], WebApplication> createWebApplication)
    {
        var root = new RootCommand(
            "IntegrationHub: the GraphQL gateway through which partner agencies share Thailand's verified " +
            "poor-household data under signed MOUs. With no command, runs `serve`.");
        ServeCommand.Configure(root, createWebApplication);
        root.Subcommands.Add(ServeCommand.Create(createWebApplication));
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(PoliciesCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        return root;
    }
}
