using System.Net;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Limits;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>The introspection switch: on, off, or for callers with a permission; <c>__typename</c> always works.</summary>
public sealed class IntrospectionAccessTests
{
    /// <summary>A full introspection query in the shape GraphiQL and code generators send: every type with its
    /// fields, arguments and type references seven wrappers deep.</summary>
    private const string FullIntrospection = """
        query Introspection {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task On_FullIntrospectionQuery_RunsWithinTheDefaultDepthAndCost()
    {
        await using var host = await GraphQLTestHost.StartEngineAsync();

        var response = await host.PostJsonAsync(JsonSerializer.Serialize(new { query = FullIntrospection, extensions = new { cost = true } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal("Query", json.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        var cost = json.GetProperty("extensions").GetProperty("cost").GetProperty("computed").GetInt64();
        Assert.Equal(40_429, cost);
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }", 3)]
    [InlineData("{ t: __type(name: \"Query\") { name } }", 3)]
    [InlineData("{ hello ...F } fragment F on Query { __schema { types { name } } }", 38)]
    public async Task Off_SchemaOrTypeAnywhere_Is422IntrospectionDisabled(string query, int column)
    {
        await using var host = await GraphQLTestHost.StartEngineAsync(options => options.Introspection = IntrospectionMode.Off);

        var response = await host.PostJsonAsync(JsonSerializer.Serialize(new { query }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("INTROSPECTION_DISABLED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Introspection is disabled on this server", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(column, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Off_Typename_StillRuns()
    {
        await using var host = await GraphQLTestHost.StartEngineAsync(options => options.Introspection = IntrospectionMode.Off);

        var response = await host.PostJsonAsync("""{"query":"{ __typename household(id: 1) { __typename } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RequirePermission_SameDocument_AnsweredPerCaller()
    {
        await using var host = await GraphQLTestHost.StartEngineAsync(options =>
        {
            options.Introspection = IntrospectionMode.RequirePermission;
            options.IntrospectionPermission = context => context.Request.Headers["X-Test-Role"] == "schema-reader";
        });
        const string body = """{"query":"{ __schema { queryType { name } } }"}""";

        // The refused caller goes first, so a document cache shared across permissions would wrongly refuse the
        // permitted one too.
        var refused = await host.PostJsonAsync(body);
        var permitted = await SendWithRoleAsync(host, body, "schema-reader");
        var refusedAgain = await host.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("Introspection is not permitted for this caller", (await refused.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, permitted.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedAgain.StatusCode);
    }

    private static Task<HttpResponseMessage> SendWithRoleAsync(GraphQLTestHost host, string body, string role)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Test-Role", role);
        return host.Client.SendAsync(request);
    }
}
