namespace IntegrationHub.GraphQL.Language;

/// <summary>The kinds of lexical token (spec 2.1.6 Lexical Tokens). Ignored tokens (white space, line
/// terminators, comments, commas, the byte order mark) never reach the parser and have no kind.</summary>
public enum TokenKind
{
    /// <summary>The end of the source; returned again on every further read.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Ampersand,

    /// <summary><c>(</c></summary>
    LeftParen,

    /// <summary><c>)</c></summary>
    RightParen,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    LeftBracket,

    /// <summary><c>]</c></summary>
    RightBracket,

    /// <summary><c>{</c></summary>
    LeftBrace,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    RightBrace,

    /// <summary>A name such as <c>query</c> or <c>household</c>.</summary>
    Name,

    /// <summary>An IntValue such as <c>-12</c>.</summary>
    Int,

    /// <summary>A FloatValue such as <c>1.5e3</c>.</summary>
    Float,

    /// <summary>A quoted string <c>"..."</c>.</summary>
    String,

    /// <summary>A block string <c>"""..."""</c>.</summary>
    BlockString,
}
