using System.Net;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Execution;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using IntegrationHub.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Engine;

/// <summary>The host's hook into each request (IGraphQLExecutionInterceptor): refuse before execution, wrap fields,
/// act on the result before any of it is written.</summary>
public sealed class ExecutionInterceptorTests
{
    [Fact]
    public async Task Begin_Refuses_403AndNothingExecutes()
    {
        var interceptor = new TestInterceptor((_, _) => ExecutionInterception.Refuse(
            new GraphQLRequestError(RequestFailure.Forbidden, "ACCESS_DENIED", "No MOU in force.")));
        await using var host = await StartAsync(interceptor);

        var response = await host.PostJsonAsync("""{"query":"mutation { touch }"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ACCESS_DENIED", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Begin_SeesThePlanAndWrapsItsFields()
    {
        IReadOnlyList<string>? coordinates = null;
        var interceptor = new TestInterceptor((_, plan) =>
        {
            coordinates = plan.Coordinates;
            return ExecutionInterception.Proceed(new FieldMiddlewareMap(TestSchemaInstance).Use(
                "Household.name", (_, _) => throw new FieldErrorException("Not granted.", code: "FORBIDDEN_FIELD")));
        });
        await using var host = await StartAsync(interceptor);

        var response = await host.PostJsonAsync("""{"query":"{ households(first: 1) { id name } }"}""");

        Assert.Equal(["Household.id", "Household.name", "Query.households"], coordinates);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"households\":[{\"id\":\"1\",\"name\":null}]", body);
        Assert.Contains("\"code\":\"FORBIDDEN_FIELD\"", body);
    }

    [Fact]
    public async Task Complete_AddsExtensionsAfterExecution()
    {
        ExecutionResult? seen = null;
        var interceptor = new TestInterceptor((_, _) => ExecutionInterception.Proceed(complete: (result, _) =>
        {
            seen = result;
            return ValueTask.FromResult(ExecutionCompletion.Send(new Dictionary<string, object?> { ["audit"] = new Dictionary<string, object?> { ["sequence"] = 42L } }));
        }));
        await using var host = await StartAsync(interceptor);

        var response = await host.PostJsonAsync("""{"query":"{ hello(name: \"x\") }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(seen);
        Assert.EndsWith(",\"extensions\":{\"audit\":{\"sequence\":42}}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Complete_Withholds_503AndNoData()
    {
        var interceptor = new TestInterceptor((_, _) => ExecutionInterception.Proceed(complete: (_, _) =>
            ValueTask.FromResult(ExecutionCompletion.Withhold(
                new GraphQLRequestError(RequestFailure.ServiceUnavailable, "AUDIT_UNAVAILABLE", "The audit store is unavailable.")))));
        await using var host = await StartAsync(interceptor);

        var response = await host.PostJsonAsync("""{"query":"{ hello(name: \"secret\") }"}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", body);
        Assert.DoesNotContain("\"data\"", body);
        Assert.Equal("AUDIT_UNAVAILABLE", await response.ReadErrorCodeAsync());
    }

    private static readonly Types.Schema TestSchemaInstance = TestSchema.Create();

    // The schema registered last is the one MapGraphQL runs: this instance, whose fields the middleware names.
    private static Task<GraphQLTestHost> StartAsync(IGraphQLExecutionInterceptor interceptor) =>
        GraphQLTestHost.StartEngineAsync(services: services =>
        {
            services.AddSingleton(TestSchemaInstance);
            services.AddSingleton(interceptor);
        });

    private sealed class TestInterceptor(Func<GraphQLExecutionRequest, OperationPlan, ExecutionInterception> begin) : IGraphQLExecutionInterceptor
    {
        public ValueTask<ExecutionInterception> BeginAsync(GraphQLExecutionRequest request, OperationPlan plan, CancellationToken cancellationToken) =>
            ValueTask.FromResult(begin(request, plan));
    }
}
