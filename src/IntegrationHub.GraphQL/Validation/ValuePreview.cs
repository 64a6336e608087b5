using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>A value as quoted in an error message, cut short so that a client cannot make each of up to
/// <c>maxErrors</c> errors repeat a huge literal from its own document.</summary>
internal static class ValuePreview
{
    private const int MaxLength = 100;

    /// <summary>The printed <paramref name="value"/>, ending in <c>...</c> when longer than 100 characters.</summary>
    public static string Of(SyntaxNode value)
    {
        var printed = Printer.Print(value);
        return printed.Length <= MaxLength ? printed : printed[..MaxLength] + "...";
    }
}
