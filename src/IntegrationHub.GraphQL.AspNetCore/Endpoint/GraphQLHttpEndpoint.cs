using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Http;
using IntegrationHub.GraphQL.AspNetCore.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.GraphQL.AspNetCore.Endpoint;

/// <summary>Handles one GraphQL-over-HTTP request, in the order the checks are cheapest: method, Accept,
/// Content-Type and body, document, then the executor.</summary>
internal sealed partial class GraphQLHttpEndpoint(
    GraphQLRequestExecutor executor,
    DocumentResolver documentResolver,
    IOptions<GraphQLHttpOptions> options,
    IHostEnvironment environment,
    ILogger<GraphQLHttpEndpoint> logger)
{
    /// <summary>Handles <paramref name="context"/>'s request and writes its response.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var accepted = AcceptHeaderNegotiator.Negotiate(context.Request.Headers.Accept);
        var mediaType = accepted ?? ResponseMediaType.GraphQLResponseJson;
        try
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
            {
                await RejectAsync(context, [TransportErrors.MethodNotAllowed(context.Request.Method)], mediaType);
                return;
            }

            // Option 1 of the draft's section "Body": answer 406 and stop before reading the request.
            if (accepted is null)
            {
                await RejectAsync(context, [TransportErrors.NotAcceptable()], mediaType);
                return;
            }

            var read = await GraphQLHttpRequestReader.ReadAsync(context.Request, options.Value, cancellationToken);
            if (!read.Succeeded)
            {
                await RejectAsync(context, [read.Error], mediaType);
                return;
            }

            var clientId = options.Value.ResolveClientId(context);
            var resolution = await documentResolver.ResolveAsync(read.Request, clientId, cancellationToken);
            if (!resolution.Succeeded)
            {
                await RejectAsync(context, [resolution.Error], mediaType);
                return;
            }

            var request = read.Request;
            var result = await executor(
                new GraphQLExecutionRequest(
                    context,
                    resolution.Document,
                    request.OperationName,
                    request.Variables,
                    request.Extensions,
                    MutationsAllowed: HttpMethods.IsPost(context.Request.Method)),
                cancellationToken);
            await WriteResultAsync(context, result, mediaType);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception exception) when (exception is not BadHttpRequestException)
        {
            // BadHttpRequestException is left to Kestrel, which answers its own protocol errors (malformed chunks,
            // body read timeouts) with their 4xx status; they are the client's fault, not a server failure.
            LogFailure(logger, exception);
            if (context.Response.HasStarted)
            {
                // Part of a response is already out; a truncated body must not look complete.
                context.Abort();
                return;
            }

            context.Response.Clear();
            var details = environment.IsDevelopment() ? exception.ToString() : null;
            await GraphQLErrorResponseWriter.WriteAsync(
                context.Response, [TransportErrors.InternalServerError(context.TraceIdentifier)], mediaType, details, CancellationToken.None);
        }
    }

    private async Task WriteResultAsync(HttpContext context, GraphQLExecutionResult result, ResponseMediaType mediaType)
    {
        if (result.WriteResponse is null)
        {
            await RejectAsync(context, result.RequestErrors, mediaType);
            return;
        }

        var outcome = result.HasErrors ? GraphQLOutcome.DataWithErrors : GraphQLOutcome.Data;
        GraphQLStatusCodes.Decide(outcome, mediaType).ApplyTo(context.Response);
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, GraphQLJson.WriterOptions))
        {
            await result.WriteResponse(writer, context.RequestAborted);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private Task RejectAsync(HttpContext context, IReadOnlyList<GraphQLRequestError> errors, ResponseMediaType mediaType)
    {
        LogRejection(logger, errors[0].Code, errors[0].Message);
        return GraphQLErrorResponseWriter.WriteAsync(context.Response, errors, mediaType, developmentDetails: null, context.RequestAborted);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "GraphQL request rejected: {ErrorCode}: {ErrorMessage}")]
    private static partial void LogRejection(ILogger logger, string errorCode, string errorMessage);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "GraphQL request failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
