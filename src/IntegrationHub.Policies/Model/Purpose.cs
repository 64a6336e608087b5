namespace IntegrationHub.Policies;

/// <summary>A purpose of processing from the catalogue; a caller declares one per request and an MOU must allow it.</summary>
/// <param name="Code">The stable code MOUs and callers use, e.g. <c>welfare-card-eligibility</c>.</param>
/// <param name="Description">What the purpose means, in Thai and English.</param>
public sealed record Purpose(string Code, LocalizedText Description);
