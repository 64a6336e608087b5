using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Benchmarks;

/// <summary>The <c>audit-load</c> console mode: the hub as <c>serve</c> composes it (Development demo data, SQLite,
/// Release build), loaded over loopback by wrk with 64 connections sending one authorised one-household query, once
/// with the audit trail as shipped (every request's event durably committed before its response, group commit) and
/// once with an audit store that discards events, everything else identical (tokens, MOU decisions, masks, the
/// events sealed into the chain). Reports requests per second of both, their ratio, and the mean number of events
/// per database commit. How to run it: README.md, "Audit under load".</summary>
internal static partial class AuditLoad
{
    /// <summary>The command-line word that selects this mode.</summary>
    public const string Command = "audit-load";

    private const string Query = "query OneHousehold($id: ID!) { household(id: $id) { id householdCode group areaCode members { firstName lastName birthDate } } }";

    /// <summary>Runs the mode: <c>audit-load [--connections 64] [--duration 20] [--threads 2] [--pairs 3]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var connections = int.Parse(Option(args, "--connections") ?? "64", CultureInfo.InvariantCulture);
        var seconds = int.Parse(Option(args, "--duration") ?? "20", CultureInfo.InvariantCulture);
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var pairs = int.Parse(Option(args, "--pairs") ?? "3", CultureInfo.InvariantCulture);
        Console.WriteLine($"wrk -t{threads} -c{connections} -d{seconds}s, one-household query, {pairs} pairs; .NET {Environment.Version}, {Environment.ProcessorCount} cores");

        // The process warms up (tiered JIT, pools) during the first measurements, which favours whichever runs later:
        // a first pair warms it and is not counted. The counted pairs alternate which side runs first, and the
        // result is the median of their ratios, so neither order nor one disturbed measurement decides it.
        var warmUp = (Off: await MeasureAsync(auditDurable: false, threads, connections, seconds), On: await MeasureAsync(auditDurable: true, threads, connections, seconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up pair (not counted): off {warmUp.Off.RequestsPerSecond:N0}/s, on {warmUp.On.RequestsPerSecond:N0}/s"));
        var measured = new List<(Run Off, Run On)>();
        for (var pair = 0; pair < pairs; pair++)
        {
            if (pair % 2 == 0)
            {
                var off = await MeasureAsync(auditDurable: false, threads, connections, seconds);
                measured.Add((off, await MeasureAsync(auditDurable: true, threads, connections, seconds)));
            }
            else
            {
                var on = await MeasureAsync(auditDurable: true, threads, connections, seconds);
                measured.Add((await MeasureAsync(auditDurable: false, threads, connections, seconds), on));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Pair | Audit | Requests/s | Hub CPU ms/request | Events | Commits | Events per commit | On / off |");
        Console.WriteLine("|-----:|-------|-----------:|-------------------:|-------:|--------:|------------------:|---------:|");
        for (var pair = 0; pair < measured.Count; pair++)
        {
            var (off, on) = measured[pair];
            foreach (var (name, run, ratio) in new[] { ("on (durable)", on, on.RequestsPerSecond / off.RequestsPerSecond), ("off (discarded)", off, double.NaN) })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {pair + 1} | {name} | {run.RequestsPerSecond:N0} | {run.CpuPerRequest.TotalMilliseconds:N2} | {run.Events:N0} | {run.Commits:N0} | {run.EventsPerCommit:N1} | {(double.IsNaN(ratio) ? "" : ratio.ToString("N2", CultureInfo.InvariantCulture))} |"));
            }
        }

        var ratios = measured.Select(pair => pair.On.RequestsPerSecond / pair.Off.RequestsPerSecond).Order().ToList();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[(ratios.Count / 2) - 1] + ratios[ratios.Count / 2]) / 2;
        var eventsPerCommit = (double)measured.Sum(pair => pair.On.Events) / measured.Sum(pair => pair.On.Commits);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nThroughput with audit on / off: {median:N2} (median of {ratios.Count} pairs, {ratios[0]:N2} to {ratios[^1]:N2}); mean events per commit with audit on: {eventsPerCommit:N1}"));
        return 0;
    }

    private static async Task<Run> MeasureAsync(bool auditDurable, int threads, int connections, int seconds)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hub-audit-load-" + Guid.NewGuid().ToString("N"));
        var policies = CopyPoliciesWithoutRateLimit(Path.Combine(dataDirectory, "policies"));
        var app = Program.CreateWebApplication(
            [
                "--urls=http://127.0.0.1:0",
                "--environment=Development",
                "--Logging:LogLevel:Default=Warning",
                // wrk stops mid-request when its time is up; Development's exception page would log each such request.
                "--Logging:LogLevel:Microsoft.AspNetCore.Diagnostics=None",
                $"--Hub:Database:DataDirectory={dataDirectory}",
                $"--Hub:Tokens:KeyFolder={Path.Combine(dataDirectory, "keys")}",
                "--Hub:Tokens:Issuer=http://127.0.0.1",
                $"--Hub:Policies:Directory={policies}",
            ],
            auditDurable ? null : services => services.Replace(ServiceDescriptor.Singleton<IAuditEventStore, DiscardingAuditStore>()));
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var token = await TokenAsync(client);
            await DemoSeedCompleteAsync(client, token);
            var householdId = await FirstHouseholdAsync(client, token);
            var script = Path.Combine(dataDirectory, "post.lua");
            await File.WriteAllTextAsync(script, WrkScript(token, householdId));

            // Warm up this host (connection pools, caches) before the measured run.
            await WrkAsync(address, script, threads, connections, 3);
            var writer = app.Services.GetRequiredService<GroupCommitAuditWriter>();
            var (eventsBefore, commitsBefore) = (writer.Events, writer.Commits);
            var processorTimeBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var output = await WrkAsync(address, script, threads, connections, seconds);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - processorTimeBefore;
            var events = writer.Events - eventsBefore;
            var commits = writer.Commits - commitsBefore;
            var requestsPerSecond = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var non2xx = NonSuccess().Match(output) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            if (non2xx > 0)
            {
                throw new InvalidOperationException($"{non2xx} requests failed during the measured run; the figures would not measure the hub's work:\n{output}");
            }

            return new Run(requestsPerSecond, cpu / (requestsPerSecond * seconds), events, commits);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>The repository's policies, with EEF's MOU rate limit lifted: the load is one client, and its MOU's
    /// limit (answered with 429 in a few microseconds) would otherwise be what is measured.</summary>
    private static string CopyPoliciesWithoutRateLimit(string target)
    {
        var source = Path.GetFullPath("policies");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var mou = Path.Combine(target, "mous", "eef-poor-children.yaml");
        File.WriteAllText(mou, RateLimitRequests().Replace(File.ReadAllText(mou), "requests: 1000000000"));
        return target;
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "household.profile member.identity" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("eef-demo:eef-demo-secret")));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Waits until the Development demo seed (a background service) has written all its households, so that
    /// its writes do not compete with the measured load.</summary>
    private static async Task DemoSeedCompleteAsync(HttpClient client, string token)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ households(first: 0) { totalCount } }" }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Purpose", "education-equity-support");
            using var response = await client.SendAsync(request);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (body.RootElement.GetProperty("data").GetProperty("households").GetProperty("totalCount").GetInt32() >= IntegrationHub.Data.Seeding.DevelopmentDemoSeed.Households)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The Development demo seed did not finish within 30 seconds.");
    }

    private static async Task<string> FirstHouseholdAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ households(first: 1) { nodes { id } } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Purpose", "education-equity-support");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("households").GetProperty("nodes")[0].GetProperty("id").GetString()!;
    }

    private static string WrkScript(string token, string householdId)
    {
        var body = JsonSerializer.Serialize(new { query = Query, variables = new { id = householdId } });
        return $$"""
            wrk.method = "POST"
            wrk.body = {{Lua(body)}}
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = "Bearer {{token}}"
            wrk.headers["Purpose"] = "education-equity-support"
            """;
    }

    private static string Lua(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static async Task<string> WrkAsync(string address, string script, int threads, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t" + threads, "-c" + connections, "-d" + seconds + "s", "-s", script, address + "/graphql"])
        {
            RedirectStandardOutput = true,
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: install it (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return output;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"requests: \d+")]
    private static partial Regex RateLimitRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    /// <summary>One measurement; <paramref name="CpuPerRequest"/> is the whole process's processor time (the hub's:
    /// wrk runs apart) over the requests wrk completed.</summary>
    private sealed record Run(double RequestsPerSecond, TimeSpan CpuPerRequest, long Events, long Commits)
    {
        public double EventsPerCommit => Commits == 0 ? 0 : (double)Events / Commits;
    }

    /// <summary>The "audit off" store: keeps the chain head in memory so sealing works as usual, writes nothing.</summary>
    private sealed class DiscardingAuditStore : IAuditEventStore
    {
        private SealedAuditEvent? _head;

        public Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken) => Task.FromResult(_head);

        public Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken)
        {
            _head = batch[^1];
            return Task.CompletedTask;
        }
    }
}
