using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using static IntegrationHub.GraphQL.Tests.Execution.ExecutionHarness;

namespace IntegrationHub.GraphQL.Tests.Execution;

public sealed class FieldMiddlewareTests
{
    private static readonly Types.Schema Schema = SdlSchemaBuilder.Build(
        "type Member { name: String nationalId: String } type Query { members: [Member] }");

    private static readonly object Root = new
    {
        members = new[] { new { name = "สมชาย", nationalId = "1101700203451" }, new { name = "สมหญิง", nationalId = "3100600123458" } },
    };

    [Fact]
    public async Task Middleware_MasksOneCoordinate_LeavesOthersAlone()
    {
        var middleware = new FieldMiddlewareMap(Schema).Use("Member.nationalId", async (context, next) =>
            await next(context) is string id ? "xxxxxxxxx" + id[^4..] : null);

        var json = await ExecuteAsync("{ members { name nationalId } }", middleware);

        Assert.Equal(Json("{'data':{'members':[{'name':'สมชาย','nationalId':'xxxxxxxxx3451'},{'name':'สมหญิง','nationalId':'xxxxxxxxx3458'}]}}"), json);
    }

    [Fact]
    public async Task Middleware_Denies_FieldIsNullWithCodedErrorAndSiblingsResolve()
    {
        var middleware = new FieldMiddlewareMap(Schema).Use("Member.nationalId", (_, _) =>
            throw new FieldErrorException("Field \"Member.nationalId\" is not granted.", code: "FORBIDDEN_FIELD"));

        var json = await ExecuteAsync("{ members { name nationalId } }", middleware);

        Assert.Contains("\"data\":{\"members\":[{\"name\":\"สมชาย\",\"nationalId\":null},{\"name\":\"สมหญิง\",\"nationalId\":null}]}", json);
        Assert.Contains("\"path\":[\"members\",1,\"nationalId\"],\"extensions\":{\"code\":\"FORBIDDEN_FIELD\"}", json);
    }

    [Fact]
    public async Task Middleware_TwoOnOneCoordinate_RunInOrderAdded()
    {
        var middleware = new FieldMiddlewareMap(Schema)
            .Use("Member.name", async (context, next) => "[" + await next(context) + "]")
            .Use("Member.name", async (context, next) => "(" + await next(context) + ")");

        var json = await ExecuteAsync("{ members { name } }", middleware);

        Assert.Contains("\"name\":\"([สมชาย])\"", json);
    }

    [Fact]
    public void Use_UnknownCoordinate_Throws()
    {
        var failure = Assert.Throws<ArgumentException>(() => new FieldMiddlewareMap(Schema).Use("Member.nationalID", (c, next) => next(c)));

        Assert.Contains("Member.nationalID", failure.Message);
    }

    private static async Task<string> ExecuteAsync(string query, FieldMiddlewareMap middleware) =>
        ResultWriter.ToJson(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(query),
            RootValue = Root,
            Middleware = middleware,
        }));
}
