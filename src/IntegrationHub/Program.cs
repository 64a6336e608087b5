using IntegrationHub.Access;
using IntegrationHub.Commands;
using IntegrationHub.Data;
using IntegrationHub.Hosting;

return await HubCommandLine.Create(Program.CreateWebApplication).Parse(args).InvokeAsync();

/// <summary>The hub's entry point and the composition of its web application.</summary>
public partial class Program
{
    /// <summary>Composes the hub's web application: each feature registers and maps itself here, nowhere else.</summary>
    /// <param name="args">Host configuration arguments, such as <c>--urls</c> or <c>--Hub:Database:Provider=Postgres</c>.</param>
    public static WebApplication CreateWebApplication(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHubLogging();
        builder.AddHubData();
        builder.AddHubAccess();

        var app = builder.Build();
        app.UseHubRequestLogging();
        app.MapHubHealthChecks();
        app.MapHubAccess();
        return app;
    }
}
