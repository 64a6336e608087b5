using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore;

/// <summary>Limits and settings of the GraphQL HTTP endpoint. Bindable from configuration (the numeric limits);
/// every limit fails with its own error code and status, listed in the README.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The claim that names the OAuth client: <c>client_id</c>, RFC 9068 section 2.2.</summary>
    public const string ClientIdClaim = "client_id";

    /// <summary>The largest POST body read, in bytes (413 <c>REQUEST_TOO_LARGE</c>). Default 256 KiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The longest document text accepted from a client, in UTF-16 code units (413
    /// <c>DOCUMENT_TOO_LARGE</c>). Trusted documents are exempt. Default 32,768.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays in a request, counting the request object itself as
    /// level 1 (so variables may nest one level less), for GET and POST alike (400 <c>JSON_TOO_DEEP</c>).
    /// Default 32; at least 2.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Finds the calling client's id, which <see cref="TrustedDocuments.ITrustedDocumentPolicy"/> receives.
    /// Default: the <c>client_id</c> claim of the authenticated user, or null.</summary>
    public Func<HttpContext, string?> ResolveClientId { get; set; } =
        static context => context.User.FindFirstValue(ClientIdClaim);
}
