using BenchmarkDotNet.Running;
using IntegrationHub.Benchmarks;

// The eligibility pull is a console mode of its own (see EligibilityPull); everything else is BenchmarkDotNet.
if (args is [EligibilityPull.Command, ..])
{
    return await EligibilityPull.RunAsync(args[1..]);
}

// Every benchmark class in this assembly; pick with --filter, list with --list flat.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
