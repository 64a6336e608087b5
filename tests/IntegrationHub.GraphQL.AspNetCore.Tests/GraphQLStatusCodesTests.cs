using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>The status code decision, one row per sentence of the GraphQL-over-HTTP draft it implements.</summary>
public sealed class GraphQLStatusCodesTests
{
    public static TheoryData<string, RequestFailure, int> RequestErrorRows => new()
    {
        { "If the JSON body of the request could not be parsed, status code 400 SHOULD be used.", RequestFailure.UnparsableJson, 400 },
        { "If the request is not a well-formed GraphQL-over-HTTP request, status code 422 SHOULD be used.", RequestFailure.NotWellFormed, 422 },
        { "If the GraphQL document in the request cannot be parsed, status code 400 SHOULD be used.", RequestFailure.DocumentSyntax, 400 },
        { "If the request does not pass GraphQL validation, status code 422 SHOULD be used.", RequestFailure.DocumentValidation, 422 },
        { "If the operation to execute cannot be unambiguously determined, status code 422 SHOULD be used.", RequestFailure.OperationNotDetermined, 422 },
        { "If the variable values cannot be coerced to match the operation's variable definitions, status code 422 SHOULD be used.", RequestFailure.VariableCoercion, 422 },
        { "If a mutation is attempted via the GET verb, status code 405 SHOULD be used.", RequestFailure.MutationOverGet, 405 },
        { "If the request uses an unsupported HTTP method, status code 405 SHOULD be used.", RequestFailure.MethodNotAllowed, 405 },
        { "If the Content-Type of the request is not supported, status code 415 SHOULD be used.", RequestFailure.UnsupportedMediaType, 415 },
        { "If none of the media types in the Accept header are supported ..., then status code 406 SHOULD be used.", RequestFailure.NotAcceptable, 406 },
        { "If the size of the POST request body was too large, status code 413 SHOULD be used.", RequestFailure.ContentTooLarge, 413 },
        { "Persisted operations: when the lookup fails the server responds with a status code 400 or 404.", RequestFailure.PersistedDocumentNotFound, 400 },
        { "If the client is not permitted to issue the GraphQL request, then the server SHOULD reply with 401, 403 or similar.", RequestFailure.Forbidden, 403 },
        { "When the server is the reason for failure, the appropriate 5xx status code should be used.", RequestFailure.InternalError, 500 },
        { "When the server is the reason for failure, the appropriate 5xx status code should be used (a dependency is down).", RequestFailure.ServiceUnavailable, 503 },
    };

    [Theory]
    [MemberData(nameof(RequestErrorRows))]
    public void Decide_RequestError_UsesTheDraftsStatusForEitherMediaType(string draftText, RequestFailure failure, int status)
    {
        foreach (var accepted in Enum.GetValues<ResponseMediaType>())
        {
            var head = GraphQLStatusCodes.Decide(GraphQLOutcome.Rejected(failure), accepted);

            Assert.True(status == head.StatusCode, $"{draftText} (accepting {accepted}) gave {head.StatusCode}.");
            Assert.Equal("application/graphql-response+json; charset=utf-8", head.ContentType);
        }
    }

    [Fact]
    public void Decide_EveryRequestFailure_HasARow()
    {
        var covered = RequestErrorRows.Select(row => (RequestFailure)row[1]).ToHashSet();

        Assert.Equal(Enum.GetValues<RequestFailure>().ToHashSet(), covered);
    }

    [Theory]
    [InlineData(RequestFailure.MethodNotAllowed, "GET, POST")]
    [InlineData(RequestFailure.MutationOverGet, "POST")]
    [InlineData(RequestFailure.NotWellFormed, null)]
    public void Decide_405_CarriesTheAllowHeaderRfc9110Requires(RequestFailure failure, string? allow) =>
        Assert.Equal(allow, GraphQLStatusCodes.Decide(GraphQLOutcome.Rejected(failure), ResponseMediaType.GraphQLResponseJson).Allow);

    [Fact]
    public void Decide_DataWithoutErrors_Is200()
    {
        // "If the GraphQL response contains the data entry and does not contain the errors entry, then the server
        // SHOULD reply with a 200 status code."
        Assert.Equal(
            new GraphQLResponseHead(200, "application/graphql-response+json; charset=utf-8"),
            GraphQLStatusCodes.Decide(GraphQLOutcome.Data, ResponseMediaType.GraphQLResponseJson));
    }

    [Fact]
    public void Decide_DataWithErrors_Is294()
    {
        // "If the GraphQL response contains both the data entry (even if it is null) and the errors entry, then the
        // server SHOULD reply with a 294 status code."
        Assert.Equal(
            new GraphQLResponseHead(294, "application/graphql-response+json; charset=utf-8"),
            GraphQLStatusCodes.Decide(GraphQLOutcome.DataWithErrors, ResponseMediaType.GraphQLResponseJson));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decide_ExecutedForLegacyClient_Is200WithApplicationJson(bool hasErrors)
    {
        // 294 is recommended "only ... alongside the application/graphql-response+json media type"; a 2xx for a
        // legacy client "should replace the Content-Type header with Content-Type: application/json".
        var outcome = hasErrors ? GraphQLOutcome.DataWithErrors : GraphQLOutcome.Data;

        Assert.Equal(
            new GraphQLResponseHead(200, "application/json; charset=utf-8"),
            GraphQLStatusCodes.Decide(outcome, ResponseMediaType.Json));
    }
}
