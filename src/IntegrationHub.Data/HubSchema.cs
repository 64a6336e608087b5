using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data;

/// <summary>The schema the EF model implies, per provider, without a database.</summary>
public static class HubSchema
{
    /// <summary>The DDL that creates the model's tables, keys and indexes on <paramref name="provider"/>:
    /// what a new migration script starts from.</summary>
    public static string CreateScript(DatabaseProvider provider)
    {
        using var db = CreateOffline(provider);
        return db.Database.GenerateCreateScript();
    }

    /// <summary>A context for <paramref name="provider"/> that is never connected: for reading the model as that
    /// provider maps it.</summary>
    public static HubDbContext CreateOffline(DatabaseProvider provider)
    {
        // The connection string is required by the provider's setup but never opened.
        var options = new DbContextOptionsBuilder<HubDbContext>();
        HubDataRegistration.UseProvider(options, provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost");
        return new HubDbContext(options.Options, TimeProvider.System);
    }
}
