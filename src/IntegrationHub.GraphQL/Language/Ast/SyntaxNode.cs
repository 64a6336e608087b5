namespace IntegrationHub.GraphQL.Language;

/// <summary>A node of the syntax tree. Nodes are immutable; each knows its <see cref="Kind"/>, where it lies in
/// the source, and its children in source order (for <see cref="SyntaxWalker"/> and
/// <see cref="SyntaxEquality"/>). Absent lists are empty, never null; absent single children are null.</summary>
public abstract class SyntaxNode
{
    /// <summary>Creates a node at <paramref name="location"/>.</summary>
    protected SyntaxNode(SourceSpan location) => Location = location;

    /// <summary>What the node is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node lies in the source; <c>default</c> for nodes built in code.</summary>
    public SourceSpan Location { get; }

    /// <summary>The node's children in source order, each with the slot (property) it fills.</summary>
    public abstract IReadOnlyList<SyntaxChild> GetChildren();

    /// <summary>Whether this node's own values (not its children), such as a name's text or an operation's
    /// type, equal <paramref name="other"/>'s, which has the same <see cref="Kind"/>. Locations are never
    /// compared.</summary>
    internal virtual bool HasSameValuesAs(SyntaxNode other) => true;

    /// <inheritdoc />
    public override string ToString() => Printer.Print(this);

    /// <summary>A read-only copy of <paramref name="items"/>: a node never changes after construction, even if
    /// the list it was given does.</summary>
    protected static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T> items) => items.Count == 0 ? [] : [.. items];
}

/// <summary>A child of a syntax node: the node, the property (slot) it fills, and its index when that property
/// is a list.</summary>
/// <param name="Slot">The property name in camel case, as graphql-js names it: <c>selectionSet</c>.</param>
/// <param name="Index">The index within a list property; null for a single-node property.</param>
/// <param name="Node">The child.</param>
public readonly record struct SyntaxChild(string Slot, int? Index, SyntaxNode Node)
{
    /// <inheritdoc />
    public override string ToString() => Index is null ? Slot : $"{Slot}[{Index}]";
}

/// <summary>Builds a node's child list in source order, skipping absent children.</summary>
internal sealed class ChildList : List<SyntaxChild>
{
    public ChildList Add(string slot, SyntaxNode? node)
    {
        if (node is not null)
        {
            Add(new SyntaxChild(slot, null, node));
        }

        return this;
    }

    public ChildList AddAll(string slot, IReadOnlyList<SyntaxNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Add(new SyntaxChild(slot, i, nodes[i]));
        }

        return this;
    }
}
