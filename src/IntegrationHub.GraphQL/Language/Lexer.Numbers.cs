namespace IntegrationHub.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    /// (spec 2.9.1, 2.9.2). The lookahead rule is why <c>1.5.5</c>, <c>0x1</c> and <c>123abc</c> are errors
    /// rather than two tokens. Errors point at the offending character, as graphql-js does.
    /// </summary>
    private Token ReadNumber()
    {
        var start = _position;
        var position = start;
        if (At(position) == '-')
        {
            position++;
        }

        // IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
        if (At(position) == '0')
        {
            position++;
            if (CharacterClasses.IsDigit(At(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {CharacterClasses.Describe(_source, position)}.");
            }
        }
        else
        {
            position = SkipDigits(position);
        }

        var isFloat = false;
        if (At(position) == '.')
        {
            // FractionalPart :: . Digit+
            isFloat = true;
            position = SkipDigits(position + 1);
        }

        if (At(position) is 'e' or 'E')
        {
            // ExponentPart :: ExponentIndicator Sign? Digit+
            isFloat = true;
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            position = SkipDigits(position);
        }

        if (At(position) == '.' || CharacterClasses.IsNameStart(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {CharacterClasses.Describe(_source, position)}.");
        }

        _position = position;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    /// <summary>Digit+ starting at <paramref name="position"/>; returns the index after the last digit.</summary>
    private readonly int SkipDigits(int position)
    {
        if (!CharacterClasses.IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {CharacterClasses.Describe(_source, position)}.");
        }

        while (CharacterClasses.IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }
}
