using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using IntegrationHub.Testing;

namespace IntegrationHub.Tests;

/// <summary>The hub as a user runs it: its own process, started from the built executable, stopped with
/// Ctrl-C (SIGINT).</summary>
public sealed class HubProcessTests
{
    private const int SigInt = 2;

    [Fact]
    public async Task Serve_AsProcess_AnswersHealthzAndStopsCleanlyOnCtrlC()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("hub-process-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IntegrationHub.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.ArgumentList.Add("--data-dir");
            start.ArgumentList.Add(Path.Combine(workingDirectory, "data"));
            start.Environment["Hub__Tokens__Issuer"] = "http://127.0.0.1";
            start.Environment["Hub__Tokens__KeyFolder"] = Path.Combine(workingDirectory, "data", "keys");
            start.Environment["Hub__Policies__Directory"] = RepositoryPaths.Combine("policies");

            using var hub = Process.Start(start)!;
            var lines = new List<string>();
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            hub.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (lines)
                {
                    lines.Add(e.Data);
                }

                if (ListeningAddress(e.Data) is { } address)
                {
                    listening.TrySetResult(address);
                }
            };
            hub.BeginOutputReadLine();
            hub.BeginErrorReadLine();

            try
            {
                var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
                using var client = new HttpClient { BaseAddress = new Uri(address) };
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

                Assert.Equal(0, Kill(hub.Id, SigInt));
                await hub.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            }
            finally
            {
                if (!hub.HasExited)
                {
                    hub.Kill(entireProcessTree: true);
                }
            }

            Assert.Equal(0, hub.ExitCode);
            string[] output;
            lock (lines)
            {
                output = [.. lines];
            }

            // Every line is one JSON object (structured logging), and the host logged its orderly shutdown.
            Assert.All(output, line => JsonDocument.Parse(line).Dispose());
            Assert.Contains(output, line => line.Contains("Application is shutting down"));
            Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "hub.db")));
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }

    private static string? ListeningAddress(string line)
    {
        if (!line.Contains("Now listening on"))
        {
            return null;
        }

        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("State").GetProperty("address").GetString();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
