using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>What a request came to, as far as the HTTP status code is concerned.</summary>
public readonly record struct GraphQLOutcome
{
    private GraphQLOutcome(bool executed, bool hasErrors, RequestFailure failure)
    {
        Executed = executed;
        HasErrors = hasErrors;
        Failure = failure;
    }

    /// <summary>The operation was executed: the response has a <c>data</c> entry (possibly null).</summary>
    public bool Executed { get; }

    /// <summary>For an executed operation: whether the response also has <c>errors</c> (field errors).</summary>
    public bool HasErrors { get; }

    /// <summary>For a rejected request: why. Meaningless when <see cref="Executed"/> is true.</summary>
    public RequestFailure Failure { get; }

    /// <summary>Executed with <c>data</c> and no <c>errors</c>.</summary>
    public static GraphQLOutcome Data { get; } = new(executed: true, hasErrors: false, default);

    /// <summary>Executed with <c>data</c> (even null) and <c>errors</c>: a partial success.</summary>
    public static GraphQLOutcome DataWithErrors { get; } = new(executed: true, hasErrors: true, default);

    /// <summary>Rejected before execution: <c>errors</c> only.</summary>
    public static GraphQLOutcome Rejected(RequestFailure failure) => new(executed: false, hasErrors: true, failure);
}
