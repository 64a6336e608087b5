using System.Runtime.CompilerServices;
using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using static IntegrationHub.GraphQL.Tests.Execution.ExecutionHarness;

namespace IntegrationHub.GraphQL.Tests.Execution;

/// <summary>Subscribe (spec 6.2.3): source event streams and their response streams.</summary>
public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Referral { id: ID! status: String }
        type Query { referral: Referral }
        type Subscription { referralChanged(agency: String!): Referral }
        """;

    [Fact]
    public async Task Subscribe_ThreeEvents_ThreeResponsesEachFromItsEvent()
    {
        string? agencySeen = null;
        var schema = SdlSchemaBuilder.Build(Sdl, new SchemaBindings().Subscribe("Subscription.referralChanged", context =>
        {
            agencySeen = (string?)context.Arguments["agency"];
            return new ValueTask<object?>(Events(
                new { referralChanged = new { id = "r1", status = "ACCEPTED" } },
                new { referralChanged = new { id = "r1", status = "IN_PROGRESS" } },
                new { referralChanged = new { id = "r1", status = "ASSISTED" } }));
        }));

        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { referralChanged(agency: \"codi\") { id status } }"));

        Assert.Empty(subscription.Errors);
        var responses = new List<string>();
        await foreach (var response in subscription.Events!)
        {
            responses.Add(ResultWriter.ToJson(response));
        }

        Assert.Equal("codi", agencySeen);
        Assert.Equal(
            [
                Json("{'data':{'referralChanged':{'id':'r1','status':'ACCEPTED'}}}"),
                Json("{'data':{'referralChanged':{'id':'r1','status':'IN_PROGRESS'}}}"),
                Json("{'data':{'referralChanged':{'id':'r1','status':'ASSISTED'}}}"),
            ],
            responses);
    }

    [Fact]
    public async Task Subscribe_SubscriberThrows_DoesNotStartAndReportsAtTheField()
    {
        var schema = SdlSchemaBuilder.Build(Sdl, new SchemaBindings().Subscribe("Subscription.referralChanged", _ =>
            throw new FieldErrorException("Not allowed to follow this agency.", code: "FORBIDDEN")));

        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { referralChanged(agency: \"mof\") { id } }"));

        Assert.Null(subscription.Events);
        var error = Assert.Single(subscription.Errors);
        Assert.Equal(["referralChanged"], error.Path!);
        Assert.Equal("FORBIDDEN", error.Extensions!["code"]);
    }

    [Fact]
    public async Task Subscribe_SubscriberReturnsNoStream_IsAnError()
    {
        var schema = SdlSchemaBuilder.Build(Sdl, new SchemaBindings().Subscribe("Subscription.referralChanged", _ => new ValueTask<object?>(42)));

        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { referralChanged(agency: \"mof\") { id } }"));

        Assert.Contains("must return an asynchronous stream of events", Assert.Single(subscription.Errors).Message);
    }

    [Fact]
    public async Task Subscribe_QueryOperation_IsRefused()
    {
        var schema = SdlSchemaBuilder.Build(Sdl);

        var subscription = await Executor.SubscribeAsync(Request(schema, "{ referral { id } }"));

        Assert.Equal("Subscribe needs a subscription operation, not a query.", Assert.Single(subscription.Errors).Message);
    }

    [Fact]
    public async Task Subscribe_MissingRequiredArgument_DoesNotStart()
    {
        var schema = SdlSchemaBuilder.Build(Sdl, new SchemaBindings().Subscribe("Subscription.referralChanged", _ => new ValueTask<object?>(Events())));

        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { referralChanged { id } }"));

        Assert.Contains("was not provided", Assert.Single(subscription.Errors).Message);
    }

    [Fact]
    public async Task Subscribe_Cancelled_StopsTheResponseStream()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = SdlSchemaBuilder.Build(Sdl, new SchemaBindings().Subscribe("Subscription.referralChanged", _ => new ValueTask<object?>(Endless())));
        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { referralChanged(agency: \"codi\") { id } }", cancellation.Token));

        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in subscription.Events!)
            {
                if (++received == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(2, received);
    }

    private static ExecutionRequest Request(Types.Schema schema, string document, CancellationToken cancellationToken = default) => new()
    {
        Schema = schema,
        Document = Parser.Parse(document),
        CancellationToken = cancellationToken,
    };

    private static async IAsyncEnumerable<object?> Events(params object[] events)
    {
        foreach (var item in events)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<object?> Endless([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; ; i++)
        {
            await Task.Delay(1, cancellationToken);
            yield return new { referralChanged = new { id = $"r{i}" } };
        }
    }
}
