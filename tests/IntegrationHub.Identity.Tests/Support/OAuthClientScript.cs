using System.Diagnostics;

namespace IntegrationHub.Identity.Tests.Support;

/// <summary>Runs the Node script in <c>oauth-client/</c> (oauth4webapi, pinned in its package-lock.json),
/// installing its packages first when they are missing.</summary>
internal static class OAuthClientScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<string> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        var folder = Folder();
        await InstallGate.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "oauth4webapi")))
            {
                // npm ci installs exactly what package-lock.json pins.
                await RunAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>());
            }
        }
        finally
        {
            InstallGate.Release();
        }

        return await RunAsync(folder, "node", ["obtain-token.mjs"], environment);
    }

    private static async Task<string> RunAsync(string folder, string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await error}\n{await output}");
        }

        return await output;
    }

    // The test project's folder: the output folder (bin/<configuration>/<framework>/) lies three levels below it.
    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "oauth-client");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No oauth-client folder with a package-lock.json above {AppContext.BaseDirectory}.");
    }
}
