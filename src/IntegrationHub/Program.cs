using IntegrationHub.Access;
using IntegrationHub.Commands;
using IntegrationHub.Data;
using IntegrationHub.Hosting;

return await HubCommandLine.Create(args => Program.CreateWebApplication(args)).Parse(args).InvokeAsync();

/// <summary>The hub's entry point and the composition of its web application.</summary>
public partial class Program
{
    /// <summary>Composes the hub's web application: each feature registers and maps itself here, nowhere else.</summary>
    /// <param name="args">Host configuration arguments, such as <c>--urls</c> or <c>--Hub:Database:Provider=Postgres</c>.</param>
    /// <param name="overrides">Run after the hub's own registrations, for tests and benchmarks that swap one
    /// service (an audit store that fails, or one that discards); <c>serve</c> passes none.</param>
    public static WebApplication CreateWebApplication(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHubLogging();
        builder.AddHubData();
        builder.AddHubAccess();
        builder.AddHubGraphQL();
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseHubRequestLogging();
        app.MapHubHealthChecks();
        app.MapHubAccess();
        app.MapHubGraphQL();
        return app;
    }
}
