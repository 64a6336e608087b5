using System.Text.Json;
using IntegrationHub.Api.Access;
using IntegrationHub.Data;
using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Api.Tests.Support;

/// <summary>A migrated database of its own for one test, and a way to run GraphQL against it through the
/// executor, with a fresh context per request as the web host gives, counting the SQL each request sends.</summary>
public sealed class ApiTestContext : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private ApiTestContext(TestDatabase database) => _database = database;

    /// <summary>The SQL statements of the last request.</summary>
    public SqlCommandCounter Sql { get; } = new();

    /// <summary>Creates an empty, migrated database with the sample geography and agency.</summary>
    public static async Task<ApiTestContext> CreateAsync(DatabaseProvider provider)
    {
        var context = new ApiTestContext(await TestDatabase.CreateMigratedAsync(provider));
        await using var db = context._database.CreateContext();
        await SampleData.AddReferenceDataAsync(db);
        return context;
    }

    /// <summary>Adds <paramref name="entities"/> and what they hold (a household's members, a referral's
    /// assistance), and returns them with their keys.</summary>
    public Task<IReadOnlyList<T>> AddAsync<T>(params T[] entities)
        where T : class => AddAsync(TimeProvider.System, entities);

    /// <summary>Adds <paramref name="entities"/> at the time <paramref name="clock"/> tells, which stamps their
    /// <c>UpdatedAt</c>.</summary>
    public async Task<IReadOnlyList<T>> AddAsync<T>(TimeProvider clock, params T[] entities)
        where T : class
    {
        await using var db = _database.CreateContext(clock);
        db.AddRange(entities);
        await db.SaveChangesAsync();
        return entities;
    }

    /// <summary>Runs <paramref name="change"/> on a fresh context at the time <paramref name="clock"/> tells, and saves:
    /// for data that changes between two requests, as it does under a client paging through a list.</summary>
    public async Task ChangeAsync(TimeProvider clock, Func<HubDbContext, Task> change)
    {
        await using var db = _database.CreateContext(clock);
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Registers further request services (a feature's options, say) for every later
    /// <see cref="ExecuteAsync"/>, as the hub's start-up registers them; none when null.</summary>
    public Action<IServiceCollection>? AddServices { get; set; }

    /// <summary>Executes <paramref name="query"/> and returns the response as JSON; as <paramref name="caller"/>
    /// when given (an agency, an area), else as the hub itself (<see cref="RequestCaller.Internal"/>).</summary>
    public async Task<JsonElement> ExecuteAsync(
        string query, IReadOnlyDictionary<string, object?>? variables = null, RequestCaller? caller = null)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        HubDataRegistration.UseProvider(options, _database.Provider, _database.ConnectionString).AddInterceptors(Sql);
        await using var db = new HubDbContext(options.Options, TimeProvider.System);
        var registrations = new ServiceCollection().AddSingleton(db).AddSingleton(caller ?? RequestCaller.Internal);
        AddServices?.Invoke(registrations);
        await using var services = registrations.BuildServiceProvider();
        Sql.Reset();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = HubSchema.Instance,
            Document = Parser.Parse(query),
            VariableValues = variables,
            Services = services,
        });
        return JsonDocument.Parse(ResultWriter.ToJson(result)).RootElement.Clone();
    }

    /// <summary>A new context on the test's database, for reading what requests saved.</summary>
    public HubDbContext CreateContext() => _database.CreateContext();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
