namespace IntegrationHub.Policies;

/// <summary>A scope from the catalogue: a named set of schema field coordinates an MOU can open together.</summary>
/// <param name="Name">The scope name tokens carry, e.g. <c>member.identity</c>.</param>
/// <param name="Description">What the scope opens, in Thai and English.</param>
/// <param name="Sensitivity">The most sensitive data among its fields.</param>
/// <param name="Fields">The field coordinates (<c>Type.field</c>) it opens; each coordinate belongs to exactly one scope.</param>
public sealed record Scope(string Name, LocalizedText Description, Sensitivity Sensitivity, IReadOnlyList<string> Fields);
