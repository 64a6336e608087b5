using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>Two groups of fields with one response name that cannot be merged, and why.</summary>
/// <param name="ResponseName">The response name the fields share.</param>
/// <param name="Reason">Why they conflict, as the end of a sentence: <c>they have differing arguments</c>.</param>
/// <param name="Fields1">The fields on the first side, the outer one first, then those of nested conflicts.</param>
/// <param name="Fields2">The fields on the second side, in the same order.</param>
internal sealed record FieldConflict(
    string ResponseName,
    string Reason,
    IReadOnlyList<FieldNode> Fields1,
    IReadOnlyList<FieldNode> Fields2);
