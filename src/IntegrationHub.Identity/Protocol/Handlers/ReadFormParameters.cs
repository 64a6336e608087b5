using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity.Protocol.Handlers;

/// <summary>Reads the form body into parameters, rejecting a body that is too large, not UTF-8, or repeats a
/// parameter.</summary>
internal sealed class ReadFormParameters(IOptions<HubTokenOptions> options) : IOAuthRequestHandler
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async ValueTask HandleAsync(OAuthRequestContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        var body = await ReadBodyAsync(context, limit);
        if (body is null)
        {
            context.Reject(OAuthError.InvalidRequest($"The request body is larger than {limit} bytes."));
            return;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            context.Reject(OAuthError.InvalidRequest("The request body is not valid UTF-8."));
            return;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            var value = separator < 0 ? "" : Decode(pair[(separator + 1)..]);

            // RFC 6749 section 3.2: request parameters MUST NOT be included more than once.
            if (!parameters.TryAdd(name, value))
            {
                context.Reject(OAuthError.InvalidRequest($"Parameter '{name}' is repeated; each parameter may appear once (RFC 6749 section 3.2)."));
                return;
            }
        }

        // RFC 6749 section 3.1: parameters sent without a value MUST be treated as if they were omitted.
        context.Parameters = parameters.Where(parameter => parameter.Value.Length > 0).ToDictionary(StringComparer.Ordinal);
    }

    // Reads at most limit bytes; null when the body is longer (whether or not it declared its length).
    private static async Task<byte[]?> ReadBodyAsync(OAuthRequestContext context, int limit)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[limit + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
        {
            length += read;
        }

        return length > limit ? null : buffer[..length];
    }

    // application/x-www-form-urlencoded: '+' is a space, then percent-decoding. Invalid escapes stay as they are.
    private static string Decode(string encoded) => Uri.UnescapeDataString(encoded.Replace('+', ' '));
}
