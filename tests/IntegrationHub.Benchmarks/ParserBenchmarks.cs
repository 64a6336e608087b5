using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.Benchmarks;

/// <summary>Parsing cost of two documents the hub sees: the executable kitchen sink (every construct of the
/// grammar, shared with the tests) and the standard introspection query that GraphQL tools send first.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              locations
              args { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    private string _kitchenSink = "";

    [GlobalSetup]
    public void LoadKitchenSink() => _kitchenSink = File.ReadAllText(KitchenSinkPath());

    [Benchmark]
    public DocumentNode ParseKitchenSinkQuery() => Parser.Parse(_kitchenSink);

    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(IntrospectionQuery);

    // The test suite's file, found from this source file so that both always measure and test the same text.
    private static string KitchenSinkPath([CallerFilePath] string thisFile = "") => Path.Combine(
        Path.GetDirectoryName(thisFile)!, "..", "IntegrationHub.GraphQL.Tests", "Language", "KitchenSink.graphql");
}
