using System.CommandLine;
using System.Data.Common;
using IntegrationHub.Data;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Hosting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Commands;

/// <summary>How the commands other than <c>serve</c> run: a host without a web server, with the hub's
/// configuration, logging and data layer.</summary>
internal static class HostedChore
{
    /// <summary>Composes the data layer as the hub does (configuration, logging, provider) without serving, and
    /// runs <paramref name="work"/> in a scope; failures print one line naming the cause and return 1.</summary>
    public static Task<int> RunAsync(string name, string[] hostArgs, InvocationConfiguration console,
        Func<IServiceProvider, InvocationConfiguration, Task> work) =>
        RunAsync(name, hostArgs, console, builder => builder.AddHubData(), work);

    /// <summary>Composes what <paramref name="compose"/> adds, with the hub's configuration and logging, without
    /// serving, and runs <paramref name="work"/> in a scope; failures print one line naming the cause and return 1.</summary>
    public static async Task<int> RunAsync(string name, string[] hostArgs, InvocationConfiguration console,
        Action<IHostApplicationBuilder> compose, Func<IServiceProvider, InvocationConfiguration, Task> work)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder(hostArgs);
            builder.AddHubLogging();
            // Every statement at Information would bury the chore's own output; warnings and errors still show.
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
            compose(builder);
            using var host = builder.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await work(scope.ServiceProvider, console);
            return 0;
        }
        catch (Exception exception) when (exception is MigrationException or DbException or InvalidOperationException or OptionsValidationException)
        {
            // Refused or failed migrations, an unreachable database, incomplete configuration: each message names
            // what is wrong, and a stack trace would only bury it.
            await console.Error.WriteLineAsync($"{name}: {Explain(exception)}");
            return 1;
        }
    }

    /// <summary>The messages of an exception and its causes, outermost first: EF wraps a refused connection in
    /// "a transient failure", and only the causes say which server refused.</summary>
    public static string Explain(Exception exception)
    {
        var messages = new List<string>();
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            messages.Add(cause.Message.TrimEnd('.'));
        }

        return string.Join(": ", messages.Distinct()) + ".";
    }
}
