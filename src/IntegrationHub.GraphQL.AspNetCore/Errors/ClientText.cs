namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>Quotes client input in error messages without letting a huge value make a huge error.</summary>
internal static class ClientText
{
    private const int MaxQuotedLength = 80;

    /// <summary>The value, cut to its first 80 characters and an ellipsis when longer.</summary>
    public static string Shorten(string value) =>
        value.Length <= MaxQuotedLength ? value : string.Concat(value.AsSpan(0, MaxQuotedLength), "…");
}
