using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Tests.TypeSystem;
using IntegrationHub.Testing;
using static IntegrationHub.GraphQL.Tests.Execution.ExecutionHarness;

namespace IntegrationHub.GraphQL.Tests.Execution;

public sealed class IntrospectionTests
{
    /// <summary>The query graphql-js's getIntrospectionQuery writes with every option on.</summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;

    [Fact]
    public async Task IntrospectionQuery_KitchenSink_MatchesSnapshot()
    {
        var schema = SdlSchemaBuilder.Build(TestSchemas.KitchenSink);

        var json = await RunAsync(schema, IntrospectionQuery, null);

        Assert.DoesNotContain("\"errors\"", json);
        Snapshot.Match(System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    [Fact]
    public async Task Type_DeprecatedMembers_HiddenUnlessAskedFor()
    {
        var schema = SdlSchemaBuilder.Build(TestSchemas.KitchenSink);

        var json = await RunAsync(schema, """
            {
              member: __type(name: "Member") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated } }
              group: __type(name: "HouseholdGroup") { enumValues { name } }
              key: __type(name: "HouseholdKey") { isOneOf kind }
              date: __type(name: "Date") { specifiedByURL }
              missing: __type(name: "Nope") { name }
            }
            """, null);

        Assert.Contains("\"fields\":[{\"name\":\"id\"},{\"name\":\"name\"},{\"name\":\"nationalIdLast4\"},{\"name\":\"household\"}]", json);
        Assert.Contains("{\"name\":\"nationalId\",\"isDeprecated\":true}", json);
        Assert.Contains("\"enumValues\":[{\"name\":\"DESTITUTE\"},{\"name\":\"OPPORTUNITY_LACKING\"}]", json);
        Assert.Contains("\"key\":{\"isOneOf\":true,\"kind\":\"INPUT_OBJECT\"}", json);
        Assert.Contains("\"date\":{\"specifiedByURL\":\"https://tools.ietf.org/html/rfc3339\"}", json);
        Assert.Contains("\"missing\":null", json);
    }

    [Fact]
    public async Task TypeName_OnUnionMembers_NamesRuntimeType()
    {
        var json = await RunAsync(TestSchemas.KitchenSink, "{ search(text: \"x\") { __typename } }", "{ \"search\": [ { \"__typename\": \"Member\" } ] }");

        Assert.Equal(Json("{'data':{'search':[{'__typename':'Member'}]}}"), json);
    }

    [Fact]
    public async Task Schema_OnNonRootType_IsNotAField()
    {
        var json = await RunAsync("type Query { a: A } type A { b: Int }", "{ a { __schema { description } b } }", "{ \"a\": { \"b\": 1 } }");

        // Validation rejects this; unvalidated, execution skips the unknown field as spec 6.3 says.
        Assert.Equal(Json("{'data':{'a':{'b':1}}}"), json);
    }
}
