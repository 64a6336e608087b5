namespace IntegrationHub.GraphQL.Language;

/// <summary>What a walk does after a visitor has entered a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Leave the node without visiting its children.</summary>
    SkipChildren,

    /// <summary>End the walk at once; no further node is entered or left.</summary>
    Stop,
}

/// <summary>Receives each node of a walk twice: on entering it (before its children) and on leaving it (after
/// them). Validation rules derive from this and override what they need.</summary>
public abstract class SyntaxVisitor
{
    /// <summary>Called before the children of <paramref name="node"/>; the result steers the walk.</summary>
    public virtual VisitAction Enter(SyntaxNode node, SyntaxPath path) => VisitAction.Continue;

    /// <summary>Called after the children of <paramref name="node"/> (also when they were skipped).</summary>
    public virtual void Leave(SyntaxNode node, SyntaxPath path)
    {
    }
}

/// <summary>Where the walk is: the ancestors of the current node and the slots that lead from the root to it.
/// One instance is reused for the whole walk; copy what you need to keep.</summary>
public sealed class SyntaxPath
{
    private readonly List<SyntaxNode> _ancestors = [];
    private readonly List<SyntaxChild> _steps = [];

    /// <summary>The ancestors of the current node, the root first and the parent last; empty at the root.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the current node; null at the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>The steps from the root to the current node: each names the slot and index taken.</summary>
    public IReadOnlyList<SyntaxChild> Steps => _steps;

    /// <summary>The steps as text, e.g. <c>definitions[0].selectionSet.selections[1]</c>.</summary>
    public override string ToString() => string.Join(".", _steps);

    internal void Push(SyntaxNode parent, SyntaxChild step)
    {
        _ancestors.Add(parent);
        _steps.Add(step);
    }

    internal void Pop()
    {
        _ancestors.RemoveAt(_ancestors.Count - 1);
        _steps.RemoveAt(_steps.Count - 1);
    }
}

/// <summary>Walks a syntax tree depth-first in source order, calling a <see cref="SyntaxVisitor"/> on entering
/// and leaving every node. The walk keeps its own stack rather than recursing, so tree depth cannot exhaust the
/// thread's stack.</summary>
public static class SyntaxWalker
{
    /// <summary>Walks <paramref name="root"/> and everything under it.</summary>
    public static void Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        var path = new SyntaxPath();
        var action = visitor.Enter(root, path);
        if (action == VisitAction.Stop)
        {
            return;
        }

        if (action == VisitAction.SkipChildren)
        {
            visitor.Leave(root, path);
            return;
        }

        var open = new Stack<OpenNode>();
        open.Push(new OpenNode(root));
        while (open.Count > 0)
        {
            var current = open.Peek();
            if (current.NextChild < current.Children.Count)
            {
                var step = current.Children[current.NextChild++];
                path.Push(current.Node, step);
                action = visitor.Enter(step.Node, path);
                if (action == VisitAction.Stop)
                {
                    return;
                }

                if (action == VisitAction.SkipChildren)
                {
                    visitor.Leave(step.Node, path);
                    path.Pop();
                    continue;
                }

                open.Push(new OpenNode(step.Node));
                continue;
            }

            open.Pop();
            visitor.Leave(current.Node, path);
            if (open.Count > 0)
            {
                path.Pop();
            }
        }
    }

    /// <summary>A node whose children are being visited, and which child comes next.</summary>
    private sealed class OpenNode(SyntaxNode node)
    {
        public SyntaxNode Node { get; } = node;

        public IReadOnlyList<SyntaxChild> Children { get; } = node.GetChildren();

        public int NextChild { get; set; }
    }
}
