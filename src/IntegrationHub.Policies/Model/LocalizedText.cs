namespace IntegrationHub.Policies;

/// <summary>A text given in Thai and in English, as MOUs and agency names are.</summary>
/// <param name="Thai">The Thai text, which is the authoritative one in a Thai MOU.</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Thai, string English)
{
    /// <summary>Both texts as <c>Thai (English)</c>, for operators who read either language.</summary>
    public override string ToString() => $"{Thai} ({English})";
}
