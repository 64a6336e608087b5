using System.Diagnostics.CodeAnalysis;
using IntegrationHub.GraphQL.AspNetCore.Errors;

namespace IntegrationHub.GraphQL.AspNetCore.Requests;

/// <summary>Either the request read from HTTP, or the error that stopped reading it.</summary>
public sealed class RequestReadResult
{
    private RequestReadResult(GraphQLHttpRequest? request, GraphQLRequestError? error)
    {
        Request = request;
        Error = error;
    }

    /// <summary>The request, when reading succeeded.</summary>
    public GraphQLHttpRequest? Request { get; }

    /// <summary>The error, when reading failed.</summary>
    public GraphQLRequestError? Error { get; }

    /// <summary>Whether reading succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Request is not null;

    /// <summary>A successful read.</summary>
    public static RequestReadResult Success(GraphQLHttpRequest request) => new(request, null);

    /// <summary>A failed read.</summary>
    public static RequestReadResult Failure(GraphQLRequestError error) => new(null, error);
}
