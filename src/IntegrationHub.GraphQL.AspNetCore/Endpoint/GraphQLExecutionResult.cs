using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Endpoint;

/// <summary>What the executor hands back: either an executed response it writes itself, or request errors
/// raised before execution (parse, validation, operation, variables, mutation over GET).</summary>
public sealed class GraphQLExecutionResult
{
    private GraphQLExecutionResult(
        Func<Utf8JsonWriter, CancellationToken, ValueTask>? writeResponse,
        bool hasErrors,
        IReadOnlyList<GraphQLRequestError> requestErrors)
    {
        WriteResponse = writeResponse;
        HasErrors = hasErrors;
        RequestErrors = requestErrors;
    }

    /// <summary>For an executed operation: writes the whole response object (<c>data</c>, <c>errors</c>,
    /// <c>extensions</c>); null for a rejected request.</summary>
    public Func<Utf8JsonWriter, CancellationToken, ValueTask>? WriteResponse { get; }

    /// <summary>For an executed operation: whether the response has <c>errors</c> beside <c>data</c>.</summary>
    public bool HasErrors { get; }

    /// <summary>For a rejected request: the errors, all from the same phase; empty for an executed operation.</summary>
    public IReadOnlyList<GraphQLRequestError> RequestErrors { get; }

    /// <summary>The operation ran; <paramref name="writeResponse"/> writes its response.</summary>
    public static GraphQLExecutionResult Executed(bool hasErrors, Func<Utf8JsonWriter, CancellationToken, ValueTask> writeResponse)
    {
        ArgumentNullException.ThrowIfNull(writeResponse);
        return new(writeResponse, hasErrors, []);
    }

    /// <summary>The request was refused before execution; the first error's failure decides the status.</summary>
    public static GraphQLExecutionResult Rejected(IReadOnlyList<GraphQLRequestError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(null, hasErrors: true, errors);
    }
}
