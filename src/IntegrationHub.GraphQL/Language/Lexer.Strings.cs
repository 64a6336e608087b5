using System.Text;

namespace IntegrationHub.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// StringValue :: `"` StringCharacter* `"` (spec 2.9.4), decoding escapes:
    /// StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode |
    /// `\` EscapedCharacter. A string without escapes is sliced from the source in one copy.
    /// </summary>
    private Token ReadString()
    {
        var start = _position;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? decoded = null;
        while (position < _source.Length)
        {
            var c = _source[position];
            if (c == '"')
            {
                var last = _source[chunkStart..position];
                var value = decoded is null ? last.ToString() : decoded.Append(last).ToString();
                _position = position + 1;
                return Make(TokenKind.String, start, _position, value);
            }

            if (c == '\\')
            {
                decoded ??= new StringBuilder();
                decoded.Append(_source[chunkStart..position]);
                position += AppendEscape(position, decoded);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            position += SourceCharacterLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>
    /// BlockString :: `"""` BlockStringCharacter* `"""` (spec 2.9.4). The raw lines, with <c>\"""</c> turned
    /// into <c>"""</c>, go through BlockStringValue(). Line terminators inside advance the line count, so the
    /// token's end and every later token have the right line.
    /// </summary>
    private Token ReadBlockString()
    {
        var start = _position;
        var startPosition = new SourcePosition(start, _line, start - _lineStart + 1);
        var position = start + 3;
        var chunkStart = position;
        var lines = new List<string>();
        var line = new StringBuilder();
        while (position < _source.Length)
        {
            var c = _source[position];
            if (c == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                lines.Add(line.Append(_source[chunkStart..position]).ToString());
                _position = position + 3;
                var end = new SourcePosition(_position, _line, _position - _lineStart + 1);
                return new Token(TokenKind.BlockString, startPosition, end, BlockString.Value(lines));
            }

            if (c == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                // \""" stands for """: drop the backslash, keep the quotes.
                line.Append(_source[chunkStart..position]);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                lines.Add(line.Append(_source[chunkStart..position]).ToString());
                line.Clear();
                position += c == '\r' && At(position + 1) == '\n' ? 2 : 1;
                StartLine(position);
                chunkStart = position;
                continue;
            }

            position += SourceCharacterLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>How many UTF-16 code units the SourceCharacter at <paramref name="position"/> takes: 2 for a
    /// surrogate pair, 1 otherwise. A lone surrogate is no Unicode scalar value, so no SourceCharacter.</summary>
    private readonly int SourceCharacterLength(int position)
    {
        if (CharacterClasses.IsSurrogatePairAt(_source, position))
        {
            return 2;
        }

        if (char.IsSurrogate(_source[position]))
        {
            throw Error(position, $"Invalid character within String: {CharacterClasses.Describe(_source, position)}.");
        }

        return 1;
    }

    /// <summary>Decodes the escape sequence whose backslash is at <paramref name="position"/> onto
    /// <paramref name="decoded"/> and returns its length. Errors point at the backslash.</summary>
    private readonly int AppendEscape(int position, StringBuilder decoded)
    {
        if (At(position + 1) == 'u')
        {
            return At(position + 2) == '{'
                ? AppendVariableWidthUnicode(position, decoded)
                : AppendFixedWidthUnicode(position, decoded);
        }

        // EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
        char? escaped = At(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }

        decoded.Append(escaped.Value);
        return 2;
    }

    /// <summary>EscapedUnicode :: `{` HexDigit+ `}`, whose value must be a Unicode scalar value (at most
    /// 10FFFF and not a surrogate). Leading zeros are allowed, as the grammar allows any number of digits.</summary>
    private readonly int AppendVariableWidthUnicode(int position, StringBuilder decoded)
    {
        var index = position + 3;
        var codePoint = 0;
        while (index < _source.Length)
        {
            var c = _source[index++];
            if (c == '}')
            {
                if (index - position > 4 && CharacterClasses.IsUnicodeScalarValue(codePoint))
                {
                    decoded.Append(char.ConvertFromUtf32(codePoint));
                    return index - position;
                }

                break;
            }

            var digit = CharacterClasses.HexValue(c);
            if (digit < 0)
            {
                break;
            }

            codePoint = (codePoint * 16) + digit;
            if (codePoint > 0x10FFFF)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, index - position)}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit. A leading surrogate is only valid when a
    /// second <c>\uXXXX</c> with a trailing surrogate follows: the pair encodes one supplementary character
    /// (spec 2.9.4, "a surrogate pair ... must be a leading surrogate followed by a trailing surrogate").</summary>
    private readonly int AppendFixedWidthUnicode(int position, StringBuilder decoded)
    {
        var code = ReadFourHexDigits(position + 2);
        if (code >= 0 && CharacterClasses.IsUnicodeScalarValue(code))
        {
            decoded.Append((char)code);
            return 6;
        }

        if (code >= 0 && char.IsHighSurrogate((char)code) && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadFourHexDigits(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                decoded.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    /// <summary>The value of four hex digits at <paramref name="index"/>, or -1 if any is not a HexDigit.</summary>
    private readonly int ReadFourHexDigits(int index)
    {
        var value = 0;
        for (var i = index; i < index + 4; i++)
        {
            var digit = CharacterClasses.HexValue(At(i));
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private readonly string Slice(int start, int length) =>
        _source[start..Math.Min(start + length, _source.Length)].ToString();
}
