namespace IntegrationHub.GraphQL.Language;

/// <summary>Where a syntax node lies in its source: from the start of its first token to the end of its last.</summary>
/// <param name="Start">The position of the node's first character.</param>
/// <param name="End">The position just after the node's last character.</param>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    /// <inheritdoc />
    public override string ToString() => $"{Start}-{End}";
}
