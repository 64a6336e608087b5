using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.Benchmarks;

/// <summary>Parsing cost of two documents the hub sees: the executable kitchen sink (every construct of the
/// grammar, shared with the tests) and the standard introspection query that GraphQL tools send first.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _kitchenSink = "";

    [GlobalSetup]
    public void LoadKitchenSink() => _kitchenSink = File.ReadAllText(KitchenSinkPath());

    [Benchmark]
    public DocumentNode ParseKitchenSinkQuery() => Parser.Parse(_kitchenSink);

    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(BenchmarkDocuments.IntrospectionQuery);

    // The test suite's file, found from this source file so that both always measure and test the same text.
    private static string KitchenSinkPath([CallerFilePath] string thisFile = "") => Path.Combine(
        Path.GetDirectoryName(thisFile)!, "..", "IntegrationHub.GraphQL.Tests", "Language", "KitchenSink.graphql");
}
