using System.Globalization;
using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Endpoint;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Limits;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.GraphQL.AspNetCore.Execution;

/// <summary>Runs requests on the engine for one schema: parse, validate and plan (cached by document id), choose
/// the operation, refuse a mutation over GET, check the cost, execute with the request's services and
/// cancellation, and write the response straight to the body. Every error it produces carries an <c>extensions.code</c>.</summary>
public sealed partial class GraphQLEngineExecutor
{
    /// <summary>The request <c>extensions</c> entry that asks for the operation's cost: <c>"cost": true</c>.</summary>
    public const string CostExtension = "cost";

    private readonly Schema _schema;
    private readonly GraphQLHttpOptions _options;
    private readonly DocumentPreparer _preparer;
    private readonly bool _isDevelopment;
    private readonly ILogger<GraphQLEngineExecutor> _logger;
    private readonly IGraphQLExecutionInterceptor? _interceptor;

    /// <summary>Creates the executor for <paramref name="schema"/>.</summary>
    public GraphQLEngineExecutor(
        Schema schema,
        IOptions<GraphQLHttpOptions> options,
        IHostEnvironment environment,
        ILogger<GraphQLEngineExecutor> logger,
        IGraphQLExecutionInterceptor? interceptor = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _schema = schema;
        _options = options.Value;
        _preparer = new DocumentPreparer(schema, _options);
        _isDevelopment = environment.IsDevelopment();
        _logger = logger;
        _interceptor = interceptor;
    }

    /// <summary>Runs <paramref name="request"/>; matches <see cref="GraphQLRequestExecutor"/>.</summary>
    public async ValueTask<GraphQLExecutionResult> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = _preparer.Prepare(request.Document, MayIntrospect(request.HttpContext));
        if (!prepared.IsValid)
        {
            return GraphQLExecutionResult.Rejected(prepared.Errors);
        }

        var document = prepared.Document;
        var operation = Executor.GetOperation(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return Reject(RequestFailure.OperationNotDetermined, GraphQLErrorCodes.OperationResolutionFailure, operationError!);
        }

        // The draft: "a mutation is attempted via the GET verb" gets 405, decided before anything executes.
        if (operation.Operation == OperationType.Mutation && !request.MutationsAllowed)
        {
            return GraphQLExecutionResult.Rejected([TransportErrors.MutationOverGet()]);
        }

        var cost = OperationCost.Compute(_schema, document, operation, request.Variables, _options.DefaultListSize);
        if (cost > _options.MaxCost)
        {
            return GraphQLExecutionResult.Rejected([CostExceeded(operation, cost)]);
        }

        var plan = prepared.PlanOf(operation);
        var interception = _interceptor is null ? null : await _interceptor.BeginAsync(request, plan, cancellationToken);
        if (interception?.Refusal is { } refusal)
        {
            return GraphQLExecutionResult.Rejected(refusal);
        }

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema,
            Document = document,
            Plan = plan,
            VariableValues = request.Variables is { } variables ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlainValue(variables) : null,
            Services = request.HttpContext.RequestServices,
            Middleware = interception?.Middleware,
            Observer = interception?.Observer,
            CancellationToken = cancellationToken,
        });

        // The operation exists and the schema has its root type (validation checked both), so a result without
        // data can only come from coercing the variables.
        if (!result.HasData)
        {
            return GraphQLExecutionResult.Rejected(
                [.. result.Errors.Select(error => ToRequestError(RequestFailure.VariableCoercion, GraphQLErrorCodes.BadUserInput, error))]);
        }

        // The interceptor sees the result before a byte of it is written, and may withhold it (fail closed).
        var completion = interception?.Complete is { } complete ? await complete(result, cancellationToken) : null;
        if (completion?.Refusal is { } withheld)
        {
            return GraphQLExecutionResult.Rejected(withheld);
        }

        var forClient = ForClient(result, request.HttpContext.TraceIdentifier);
        var extensions = ResponseExtensions(AsksForCost(request.Extensions) ? cost : null, completion?.Extensions);
        return GraphQLExecutionResult.Executed(forClient.Errors.Count > 0, (writer, _) =>
        {
            ResultWriter.Write(writer, forClient, extensions);
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Writes the response's <c>extensions</c>: the cost when asked for, and the interceptor's entries;
    /// null when there is neither.</summary>
    private Action<Utf8JsonWriter>? ResponseExtensions(long? cost, IReadOnlyDictionary<string, object?>? entries)
    {
        if (cost is null && entries is not { Count: > 0 })
        {
            return null;
        }

        return writer =>
        {
            writer.WriteStartObject();
            if (cost is { } computed)
            {
                writer.WriteStartObject(CostExtension);
                writer.WriteNumber("computed", computed);
                writer.WriteNumber("limit", _options.MaxCost);
                writer.WriteEndObject();
            }

            foreach (var (name, value) in entries ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(name);
                ResultWriter.WriteValue(writer, value);
            }

            writer.WriteEndObject();
        };
    }

    private bool MayIntrospect(HttpContext context) => _options.Introspection switch
    {
        IntrospectionMode.On => true,
        IntrospectionMode.Off => false,
        _ => _options.IntrospectionPermission?.Invoke(context) == true,
    };

    private ExecutionResult ForClient(ExecutionResult result, string requestId)
    {
        if (result.Errors.Count == 0)
        {
            return result;
        }

        foreach (var error in result.Errors)
        {
            if (error.Exception is { } exception)
            {
                LogResolverFailure(_logger, string.Join('.', error.Path ?? []), exception);
            }
        }

        return new ExecutionResult
        {
            HasData = true,
            Data = result.Data,
            Errors = [.. result.Errors.Select(error => FieldErrorCoder.ForClient(error, requestId, _isDevelopment))],
        };
    }

    /// <summary>A validation error (422), as the draft's status list has no better row for a document the server
    /// refuses to run.</summary>
    private GraphQLRequestError CostExceeded(OperationDefinitionNode operation, long cost)
    {
        var measured = cost == long.MaxValue ? "more than can be counted" : cost.ToString("N0", CultureInfo.InvariantCulture);
        var limit = _options.MaxCost.ToString("N0", CultureInfo.InvariantCulture);
        return new GraphQLRequestError(
            RequestFailure.DocumentValidation,
            GraphQLErrorCodes.MaxCostExceeded,
            $"{LimitErrors.Describe(operation)} costs {measured}; the limit is {limit}. Ask for fewer items with \"first\" or \"last\", or nest fewer lists.",
            [operation.Location.Start]);
    }

    private static bool AsksForCost(JsonElement? extensions) =>
        extensions is { } map && map.TryGetProperty(CostExtension, out var value) && value.ValueKind == JsonValueKind.True;

    private static GraphQLExecutionResult Reject(RequestFailure failure, string code, GraphQLError error) =>
        GraphQLExecutionResult.Rejected([ToRequestError(failure, code, error)]);

    private static GraphQLRequestError ToRequestError(RequestFailure failure, string code, GraphQLError error) =>
        new(failure, error.Extensions?.GetValueOrDefault("code") as string ?? code, error.Message, error.Locations);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "GraphQL resolver failed at {FieldPath}")]
    private static partial void LogResolverFailure(ILogger logger, string fieldPath, Exception exception);
}
