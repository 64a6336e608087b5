using System.Security.Claims;
using IntegrationHub.GraphQL.AspNetCore.Limits;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore;

/// <summary>Limits and settings of the GraphQL HTTP endpoint. Bindable from configuration (the numeric limits and
/// <see cref="Introspection"/>); every limit fails with its own error code and status, listed in the README.</summary>
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

    /// <summary>The most lexical tokens a document may hold; the parser stops at the first one over (400
    /// <c>GRAPHQL_PARSE_FAILED</c>). Default 15,000, the engine's own default.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>How deeply an operation may nest fields, following fragment spreads; <c>{ a }</c> is 1 deep (422
    /// <c>MAX_DEPTH_EXCEEDED</c>). Default 20: a full introspection query, as GraphiQL sends it, is 13 deep. The
    /// parser's own nesting guard (64 levels of selection sets, lists and objects) still applies first.</summary>
    public int MaxSelectionDepth { get; set; } = 20;

    /// <summary>The most aliases a document may use, counted where they are written (422
    /// <c>MAX_ALIASES_EXCEEDED</c>). Default 100.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>The most distinct root fields (response keys) an operation may select, following fragment spreads
    /// (422 <c>MAX_ROOT_FIELDS_EXCEEDED</c>). Default 50.</summary>
    public int MaxRootFields { get; set; } = 50;

    /// <summary>The highest computed cost an operation may have (422 <c>MAX_COST_EXCEEDED</c>). Every field costs 1,
    /// and a field returning a list multiplies the cost of its selections by its <c>first</c> or <c>last</c>
    /// argument, or by <see cref="DefaultListSize"/>. Default 100,000: a full introspection query, as GraphiQL
    /// sends it, costs 40,429 with the default list size.</summary>
    public long MaxCost { get; set; } = 100_000;

    /// <summary>The size assumed for a list field without a <c>first</c> or <c>last</c> argument. Default 10.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>How many parsed and validated documents the endpoint keeps, least recently used first out.
    /// Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>Who may query <c>__schema</c> and <c>__type</c> (422 <c>INTROSPECTION_DISABLED</c> otherwise);
    /// <c>__typename</c> is always allowed. Default <see cref="IntrospectionMode.On"/>.</summary>
    public IntrospectionMode Introspection { get; set; } = IntrospectionMode.On;

    /// <summary>With <see cref="IntrospectionMode.RequirePermission"/>: whether the caller may introspect, e.g.
    /// <c>context =&gt; context.User.HasClaim("scope", "schema:read")</c>. Required in that mode.</summary>
    public Func<HttpContext, bool>? IntrospectionPermission { get; set; }

    /// <summary>Finds the calling client's id, which <see cref="TrustedDocuments.ITrustedDocumentPolicy"/> receives.
    /// Default: the <c>client_id</c> claim of the authenticated user, or null.</summary>
    public Func<HttpContext, string?> ResolveClientId { get; set; } =
        static context => context.User.FindFirstValue(ClientIdClaim);
}
