using BenchmarkDotNet.Running;

namespace IntegrationHub.Benchmarks;

/// <summary>Chooses a console mode (the eligibility pull, the audit load) or runs the BenchmarkDotNet suites. An
/// explicit class rather than top-level statements, whose generated <c>Program</c> would clash with the hub's.</summary>
internal static class BenchmarkEntryPoint
{
    private static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case [EligibilityPull.Command, ..]:
                return await EligibilityPull.RunAsync(args[1..]);
            case [AuditLoad.Command, ..]:
                return await AuditLoad.RunAsync(args[1..]);
        }

        // Every benchmark class in this assembly; pick with --filter, list with --list flat.
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
        return 0;
    }
}
