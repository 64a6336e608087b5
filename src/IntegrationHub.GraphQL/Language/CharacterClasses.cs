namespace IntegrationHub.GraphQL.Language;

/// <summary>The character classes of the lexical grammar (spec Appendix C, Lexical Tokens). GraphQL names and
/// numbers are ASCII only, so these are simple range checks.</summary>
internal static class CharacterClasses
{
    /// <summary>Letter or <c>_</c>: NameStart.</summary>
    public static bool IsNameStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    /// <summary>Letter, Digit or <c>_</c>: NameContinue.</summary>
    public static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    /// <summary>Digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Whitespace: horizontal tab or space (spec 2.1.3). Line terminators are not whitespace.</summary>
    public static bool IsWhiteSpace(char c) => c is '\t' or ' ';

    /// <summary>A Unicode scalar value: any code point except the surrogates (spec 2.1.1 Source Text).</summary>
    public static bool IsUnicodeScalarValue(int codePoint) =>
        codePoint is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>Whether <paramref name="source"/> holds a well-formed surrogate pair at <paramref name="index"/>:
    /// in UTF-16 that pair is one supplementary scalar value, which the grammar allows.</summary>
    public static bool IsSurrogatePairAt(ReadOnlySpan<char> source, int index) =>
        index + 1 < source.Length && char.IsHighSurrogate(source[index]) && char.IsLowSurrogate(source[index + 1]);

    /// <summary>The value of a HexDigit, or -1 when <paramref name="c"/> is not one.</summary>
    public static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    /// <summary>How error messages show the character at <paramref name="index"/>: printable ASCII quoted,
    /// anything else as <c>U+XXXX</c>, and the end of the source as <c>&lt;EOF&gt;</c>.</summary>
    public static string Describe(ReadOnlySpan<char> source, int index)
    {
        if (index >= source.Length)
        {
            return "<EOF>";
        }

        var c = source[index];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var codePoint = IsSurrogatePairAt(source, index) ? char.ConvertToUtf32(c, source[index + 1]) : c;
        return $"U+{codePoint:X4}";
    }
}
