namespace IntegrationHub.Identity.Grants;

/// <summary>The <c>scope</c> parameter of RFC 6749 section 3.3: <c>scope-token *( SP scope-token )</c>, each
/// scope-token being <c>1*( %x21 / %x23-5B / %x5D-7E )</c>.</summary>
internal static class ScopeList
{
    /// <summary>Splits a scope parameter into its distinct scopes; false when it breaks the grammar (an empty
    /// token from a leading, trailing or doubled space, or a character outside the allowed set).</summary>
    public static bool TryParse(string value, out IReadOnlySet<string> scopes)
    {
        var parsed = new HashSet<string>(StringComparer.Ordinal);
        scopes = parsed;
        foreach (var token in value.Split(' '))
        {
            if (token.Length == 0 || !token.All(IsScopeCharacter))
            {
                return false;
            }

            parsed.Add(token);
        }

        return true;
    }

    /// <summary>The scopes as one space-delimited string, sorted so equal sets always read the same.</summary>
    public static string Format(IEnumerable<string> scopes) => string.Join(' ', scopes.Order(StringComparer.Ordinal));

    private static bool IsScopeCharacter(char c) => c == '!' || (c >= '#' && c <= '[') || (c >= ']' && c <= '~');
}
