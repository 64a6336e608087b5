using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.GraphQL.AspNetCore.Http;

/// <summary>Chooses the response media type from the <c>Accept</c> header, following RFC 9110 section 12.5.1
/// (media ranges, q-values, the most specific matching range wins) and the GraphQL-over-HTTP draft,
/// section "Body".</summary>
public static class AcceptHeaderNegotiator
{
    private const int ExactMatch = 2;
    private const int NoMatch = -1;

    /// <summary>Returns the media type to use for 2xx responses, or <see langword="null"/> when the header is
    /// present but accepts neither GraphQL media type (the caller answers 406).</summary>
    /// <remarks><c>application/graphql-response+json</c> is chosen when the client names it and gives it at least
    /// the quality of <c>application/json</c>. A client that names it only through a wildcard (<c>*/*</c>,
    /// <c>application/*</c>) or sends no Accept header has not said it understands it: the draft requires a
    /// conforming client to "include the media type application/graphql-response+json in the Accept header", so
    /// such a client is treated as a legacy client and gets <c>application/json</c>, as the graphql-http reference
    /// server and audit (47DE, 80D8) expect.</remarks>
    public static ResponseMediaType? Negotiate(StringValues acceptHeader)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader) || acceptHeader.All(string.IsNullOrWhiteSpace))
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var ranges))
        {
            return null;
        }

        var graphQL = Preference(GraphQLMediaTypes.GraphQLResponseJson, ranges);
        var json = Preference(GraphQLMediaTypes.Json, ranges);
        if (graphQL.Quality > 0 && graphQL.Quality >= json.Quality && graphQL.Specificity == ExactMatch)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (json.Quality > 0)
        {
            return ResponseMediaType.Json;
        }

        return graphQL.Quality > 0 ? ResponseMediaType.GraphQLResponseJson : null;
    }

    /// <summary>The quality the client gives <paramref name="mediaType"/> and how specifically: those of the most
    /// specific matching range (RFC 9110 section 12.5.1: "the most specific reference has precedence"); quality 0
    /// when none matches.</summary>
    private static (double Quality, int Specificity) Preference(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var bestSpecificity = NoMatch;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, mediaType);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return (quality, bestSpecificity);
    }

    /// <summary><see cref="ExactMatch"/>, 1 for <c>application/*</c>, 0 for <c>*/*</c>, or <see cref="NoMatch"/>. A range that
    /// names a charset other than UTF-8 does not match: this transport writes UTF-8 only.</summary>
    private static int Specificity(MediaTypeHeaderValue range, string mediaType)
    {
        if (range.Charset.HasValue
            && !range.Charset.Equals(GraphQLMediaTypes.Utf8Charset, StringComparison.OrdinalIgnoreCase))
        {
            return NoMatch;
        }

        if (range.MatchesAllTypes)
        {
            return 0;
        }

        var type = range.Type.Value ?? string.Empty;
        if (!mediaType.StartsWith(type + "/", StringComparison.OrdinalIgnoreCase))
        {
            return NoMatch;
        }

        if (range.MatchesAllSubTypes)
        {
            return 1;
        }

        return range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? ExactMatch : NoMatch;
    }
}
