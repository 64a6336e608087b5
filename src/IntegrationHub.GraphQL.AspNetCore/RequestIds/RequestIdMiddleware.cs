using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.GraphQL.AspNetCore.RequestIds;

/// <summary>Gives every request an id: the caller's <c>X-Request-Id</c> when it is sane, a new one otherwise. The id
/// is sent back in the <c>X-Request-Id</c> response header (also on error responses, since it is added when the
/// response starts), becomes <see cref="HttpContext.TraceIdentifier"/>, and is in the logging scope of everything
/// logged while the request runs.</summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    /// <summary>The header carrying the id in both directions.</summary>
    public const string HeaderName = "X-Request-Id";

    /// <summary>The logging scope property holding the id. Not "RequestId": ASP.NET Core's hosting scope already
    /// uses that name for the connection-derived identifier it captures before any middleware runs.</summary>
    public const string ScopePropertyName = "HubRequestId";

    /// <summary>The longest incoming id accepted; longer ones are replaced.</summary>
    public const int MaxLength = 128;

    /// <summary>Runs the rest of the pipeline with the request's id in place.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incoming = context.Request.Headers[HeaderName];
        var requestId = incoming.Count == 1 && IsAcceptable(incoming[0]) ? incoming[0]! : NewId();

        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = requestId;
            return Task.CompletedTask;
        });

        using (logger.BeginScope(new Dictionary<string, object> { [ScopePropertyName] = requestId }))
        {
            await next(context);
        }
    }

    /// <summary>Whether a caller's id may be reused: 1 to <see cref="MaxLength"/> characters from
    /// <c>A-Z a-z 0-9 - _ . :</c>. Anything else (spaces, control characters, quotes) could forge or break log
    /// lines and headers downstream, so it is replaced rather than cleaned.</summary>
    public static bool IsAcceptable(string? requestId)
    {
        if (string.IsNullOrEmpty(requestId) || requestId.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in requestId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A version 7 GUID: unique, and ordered by time, so ids sort like the log.</summary>
    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
