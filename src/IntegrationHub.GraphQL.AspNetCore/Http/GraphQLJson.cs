using System.Text.Encodings.Web;
using System.Text.Json;

namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>The JSON settings every response of this transport is written with.</summary>
public static class GraphQLJson
{
    /// <summary>UTF-8 output that leaves Thai (and every other script) and quotes unescaped, so responses stay
    /// compact and error messages readable. The relaxed encoder still escapes what RFC 8259 section 7 requires
    /// (quotation mark, reverse solidus, control characters); it does not HTML-escape, which is safe because these
    /// bodies are only ever served as JSON media types with <c>X-Content-Type-Options: nosniff</c>, never embedded
    /// in HTML.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
