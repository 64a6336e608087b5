namespace IntegrationHub.GraphQL.Language;

/// <summary>Splits GraphQL source text into tokens (spec 2.1 Source Text). A <c>ref struct</c> over the source
/// span: punctuators, names and numbers allocate nothing; only string tokens allocate their decoded value.
/// Ignored tokens (whitespace, line terminators, comments, commas, the byte order mark) are skipped.
/// Copying a lexer copies its position, which is how the parser looks one token ahead.</summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<char> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    /// <summary>A lexer positioned at the start of <paramref name="source"/>.</summary>
    public Lexer(ReadOnlySpan<char> source)
    {
        _source = source;
        _line = 1;
    }

    /// <summary>The text of <paramref name="token"/> as it appears in the source.</summary>
    public readonly ReadOnlySpan<char> TextOf(in Token token) => _source[token.Start.Offset..token.End.Offset];

    /// <summary>Reads the next token, or <see cref="TokenKind.EndOfFile"/> at the end of the source.</summary>
    /// <exception cref="GraphQLSyntaxException">The source holds a character or sequence that no token
    /// allows.</exception>
    public Token Read()
    {
        SkipIgnored();
        var start = _position;
        if (start >= _source.Length)
        {
            return Make(TokenKind.EndOfFile, start, start);
        }

        var c = _source[start];
        switch (c)
        {
            case '!': return Punctuator(TokenKind.Bang);
            case '$': return Punctuator(TokenKind.Dollar);
            case '&': return Punctuator(TokenKind.Ampersand);
            case '(': return Punctuator(TokenKind.LeftParen);
            case ')': return Punctuator(TokenKind.RightParen);
            case ':': return Punctuator(TokenKind.Colon);
            case '=': return Punctuator(TokenKind.Equals);
            case '@': return Punctuator(TokenKind.At);
            case '[': return Punctuator(TokenKind.LeftBracket);
            case ']': return Punctuator(TokenKind.RightBracket);
            case '{': return Punctuator(TokenKind.LeftBrace);
            case '|': return Punctuator(TokenKind.Pipe);
            case '}': return Punctuator(TokenKind.RightBrace);
            case '.': return ReadSpread();
            case '"':
                return At(start + 1) == '"' && At(start + 2) == '"' ? ReadBlockString() : ReadString();
        }

        if (CharacterClasses.IsDigit(c) || c == '-')
        {
            return ReadNumber();
        }

        if (CharacterClasses.IsNameStart(c))
        {
            return ReadName();
        }

        throw UnexpectedCharacter(start);
    }

    /// <summary>Ignored :: UnicodeBOM | Whitespace | LineTerminator | Comment | Comma (spec 2.1.7).</summary>
    private void SkipIgnored()
    {
        while (_position < _source.Length)
        {
            switch (_source[_position])
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    StartLine(_position);
                    break;
                case '\r':
                    _position += At(_position + 1) == '\n' ? 2 : 1;
                    StartLine(_position);
                    break;
                case '#':
                    SkipComment();
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>Comment :: # CommentChar* ; CommentChar :: SourceCharacter but not LineTerminator.
    /// A character that is not a Unicode scalar value (a lone surrogate) ends the comment, so that it is then
    /// reported as an invalid character where it stands.</summary>
    private void SkipComment()
    {
        _position++;
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c is '\n' or '\r')
            {
                return;
            }

            if (CharacterClasses.IsSurrogatePairAt(_source, _position))
            {
                _position += 2;
            }
            else if (char.IsSurrogate(c))
            {
                return;
            }
            else
            {
                _position++;
            }
        }
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private Token ReadName()
    {
        var start = _position;
        _position++;
        while (_position < _source.Length && CharacterClasses.IsNameContinue(_source[_position]))
        {
            _position++;
        }

        return Make(TokenKind.Name, start, _position);
    }

    /// <summary><c>...</c>; a lone or double dot is an error, with a hint when it looks like a mistyped number
    /// or spread.</summary>
    private Token ReadSpread()
    {
        var start = _position;
        if (At(start + 1) == '.' && At(start + 2) == '.')
        {
            _position += 3;
            return Make(TokenKind.Spread, start, _position);
        }

        if (At(start + 1) == '.')
        {
            throw Error(start, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (CharacterClasses.IsDigit(At(start + 1)))
        {
            var end = start + 1;
            while (CharacterClasses.IsDigit(At(end)))
            {
                end++;
            }

            var digits = _source[(start + 1)..end].ToString();
            throw Error(start, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        throw UnexpectedCharacter(start);
    }

    private GraphQLSyntaxException UnexpectedCharacter(int index)
    {
        var c = _source[index];
        if (c == '\'')
        {
            return Error(index, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var isScalarValue = !char.IsSurrogate(c) || CharacterClasses.IsSurrogatePairAt(_source, index);
        var description = CharacterClasses.Describe(_source, index);
        return Error(index, isScalarValue ? $"Unexpected character: {description}." : $"Invalid character: {description}.");
    }

    private Token Punctuator(TokenKind kind)
    {
        var start = _position++;
        return Make(kind, start, _position);
    }

    private readonly Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, new SourcePosition(start, _line, start - _lineStart + 1), new SourcePosition(end, _line, end - _lineStart + 1), value);

    /// <summary>The character at <paramref name="index"/>, or NUL past the end (NUL starts no token, so it
    /// never extends a match).</summary>
    private readonly char At(int index) => index < _source.Length ? _source[index] : '\0';

    private void StartLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    private readonly GraphQLSyntaxException Error(int offset, string reason) =>
        GraphQLSyntaxException.At(_source, offset, reason);
}
