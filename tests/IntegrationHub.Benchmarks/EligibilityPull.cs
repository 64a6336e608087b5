using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Eligibility;
using IntegrationHub.Data;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Benchmarks;

/// <summary>The <c>eligibility-pull</c> console mode: pulls every eligibility list from a seeded SQLite database
/// page by page through the executor, as a welfare system would through the API (HTTP aside), and reports entries,
/// wall time, households per second and memory. Not a BenchmarkDotNet suite: one pull of a million households takes
/// minutes and is run once, and the figure that matters besides time is the peak memory of the process, which
/// BenchmarkDotNet does not report. How to run it: README.md, "Eligibility pull".</summary>
internal static class EligibilityPull
{
    /// <summary>The command-line word that selects this mode.</summary>
    public const string Command = "eligibility-pull";

    private const int PageSize = 500;

    private static readonly (string Field, string Selection)[] Lists =
    [
        ("welfareCardEligibility", "memberId householdId areaCode age criteria member { nationalId firstName lastName }"),
        ("eefEligibility", "memberId householdId areaCode age inSchool criteria member { nationalId firstName lastName }"),
        ("codiHousingEligibility", "householdId areaCode criteria"),
        ("pohTeckTungEligibility", "householdId areaCode criteria"),
    ];

    /// <summary>Runs the mode: <c>eligibility-pull --database FILE [--policies FOLDER] [--as-of yyyy-MM-dd]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var database = Option(args, "--database")
            ?? throw new ArgumentException("eligibility-pull needs --database <path of a seeded hub.db>.");
        var policiesFolder = Option(args, "--policies") ?? Path.Combine("policies", "eligibility");
        var asOf = DateOnly.ParseExact(Option(args, "--as-of") ?? "2026-11-21", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!File.Exists(database))
        {
            throw new FileNotFoundException($"No database at {database}: seed one first (README.md, \"Eligibility pull\").", database);
        }

        // Read-only: the benchmark never changes the seeded data it measures.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var optionsBuilder = new DbContextOptionsBuilder<HubDbContext>();
        HubDataRegistration.UseProvider(optionsBuilder, DatabaseProvider.Sqlite, connectionString);
        var options = optionsBuilder.Options;
        var policies = EligibilityPolicyLoader.Load(policiesFolder);
        int households;
        await using (var db = new HubDbContext(options, TimeProvider.System))
        {
            households = await db.Households.CountAsync();
        }

        Console.WriteLine($"{households:N0} households in {database}; as of {asOf:yyyy-MM-dd}; {PageSize} entries a page; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine("| List | Entries | Pages | Wall time | Households/s | Entries/s | Max GC heap after a page |");
        Console.WriteLine("|------|--------:|------:|----------:|-------------:|----------:|-------------------------:|");
        foreach (var (field, selection) in Lists)
        {
            var result = await PullAsync(options, policies, field, selection, asOf);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{field}` | {result.Entries:N0} | {result.Pages:N0} | {result.Elapsed.TotalSeconds:N1} s | {households / result.Elapsed.TotalSeconds:N0} | {result.Entries / result.Elapsed.TotalSeconds:N0} | {result.MaxHeapBytes / 1048576.0:N1} MB |"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Process peak working set: {process.PeakWorkingSet64 / 1048576.0:N0} MB; GC heap now {GC.GetTotalMemory(false) / 1048576.0:N1} MB; {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections."));
        return 0;
    }

    /// <summary>Pulls one whole list, one request per page, each with a fresh context and service scope as the web
    /// host gives, following <c>endCursor</c> until <c>hasNextPage</c> is false.</summary>
    private static async Task<PullResult> PullAsync(
        DbContextOptions<HubDbContext> options, EligibilityPolicies policies, string field, string selection, DateOnly asOf)
    {
        var document = Parser.Parse(
            $$"""query($after: String) { {{field}}(first: {{PageSize}}, after: $after, asOf: "{{asOf:yyyy-MM-dd}}") { nodes { {{selection}} } pageInfo { hasNextPage endCursor } } }""");
        var stopwatch = Stopwatch.StartNew();
        var (entries, pages, maxHeap) = (0L, 0, 0L);
        string? after = null;
        do
        {
            await using var db = new HubDbContext(options, TimeProvider.System);
            await using var services = new ServiceCollection()
                .AddSingleton(db).AddSingleton(RequestCaller.Internal).AddSingleton(policies).BuildServiceProvider();
            var result = await Executor.ExecuteAsync(new ExecutionRequest
            {
                Schema = Api.HubSchema.Instance,
                Document = document,
                VariableValues = new Dictionary<string, object?> { ["after"] = after },
                Services = services,
            });
            using var json = JsonDocument.Parse(ResultWriter.ToJson(result));
            if (json.RootElement.TryGetProperty("errors", out var errors))
            {
                throw new InvalidOperationException($"{field} failed after {pages} pages: {errors}");
            }

            var list = json.RootElement.GetProperty("data").GetProperty(field);
            entries += list.GetProperty("nodes").GetArrayLength();
            var pageInfo = list.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            pages++;
            maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
        while (after is not null);

        return new PullResult(entries, pages, stopwatch.Elapsed, maxHeap);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record PullResult(long Entries, int Pages, TimeSpan Elapsed, long MaxHeapBytes);
}
