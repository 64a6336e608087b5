namespace IntegrationHub.GraphQL.Language;

/// <summary>One lexical token. Punctuators, names and numbers carry no string: their text is a slice of the
/// source (<see cref="Lexer.TextOf"/>). Only string tokens carry their decoded <see cref="Value"/>, because
/// decoding escapes and block indentation is the lexer's work.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Where its first character is.</param>
/// <param name="End">Where the character after its last one is.</param>
/// <param name="Value">The decoded value of a <see cref="TokenKind.String"/> or
/// <see cref="TokenKind.BlockString"/>; null for every other kind.</param>
public readonly record struct Token(TokenKind Kind, SourcePosition Start, SourcePosition End, string? Value = null);
