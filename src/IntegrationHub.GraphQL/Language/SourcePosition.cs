namespace IntegrationHub.GraphQL.Language;

/// <summary>A point in a GraphQL source text. <see cref="Line"/> and <see cref="Column"/> are 1-based and count
/// UTF-16 code units, as graphql-js does, so that positions agree with it character for character.</summary>
/// <param name="Offset">The 0-based index of the UTF-16 code unit in the source.</param>
/// <param name="Line">The 1-based line; CR, LF and CRLF each end a line (spec 2.1.2 Line Terminators).</param>
/// <param name="Column">The 1-based column within the line, in UTF-16 code units.</param>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    /// <summary>The position of <paramref name="offset"/> in <paramref name="source"/>, found by counting line
    /// terminators from the start. Used on error paths and by tools; the lexer tracks lines incrementally.</summary>
    public static SourcePosition Of(ReadOnlySpan<char> source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            // In CRLF the line ends after the LF, so a CR only ends a line when no LF follows it.
            var c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(offset, line, offset - lineStart + 1);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
