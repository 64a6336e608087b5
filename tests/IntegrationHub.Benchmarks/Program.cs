using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, list with --list flat.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
