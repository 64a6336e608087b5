namespace IntegrationHub.Hosting;

/// <summary>Structured logging: one JSON object per line on the console, with scopes, so that log
/// collectors can index every field; and one line per HTTP request.</summary>
public static class HubLogging
{
    /// <summary>Replaces the default console output with single-line JSON (UTC timestamps, scopes included).</summary>
    public static IHostApplicationBuilder AddHubLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.AddHttpLogging(http =>
        {
            http.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            http.CombineLogs = true;
        });
        return builder;
    }

    /// <summary>Logs one structured line per request: method, path, status and duration.</summary>
    public static WebApplication UseHubRequestLogging(this WebApplication app)
    {
        app.UseHttpLogging();
        return app;
    }
}
