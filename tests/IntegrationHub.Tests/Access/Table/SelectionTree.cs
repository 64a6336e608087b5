using System.Text;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>Many <see cref="FieldPath"/>s merged into one query document, so that one request carries every
/// coordinate of a scenario: paths that share a prefix share its selections. A target that returns an object
/// selects <c>__typename</c>, which no scope guards, so that only the target's own decision is at stake.</summary>
public sealed class SelectionTree
{
    private readonly SortedDictionary<string, (PathStep Step, SelectionTree Children)> _children = new(StringComparer.Ordinal);

    /// <summary>A document selecting every path in <paramref name="paths"/>.</summary>
    public static string Document(IEnumerable<FieldPath> paths)
    {
        var root = new SelectionTree();
        foreach (var path in paths)
        {
            root.Add(path.Steps);
        }

        var text = new StringBuilder("query GuardedFieldTable ");
        root.Write(text);
        return text.ToString();
    }

    private void Add(IReadOnlyList<PathStep> steps)
    {
        var step = steps[0];
        if (!_children.TryGetValue(step.Field.Name, out var child))
        {
            child = (step, new SelectionTree());
            _children.Add(step.Field.Name, child);
        }
        else if (child.Step.Arguments != step.Arguments)
        {
            throw new InvalidOperationException($"{step.Coordinate} is selected with two argument lists; give each one response key.");
        }

        if (steps.Count > 1)
        {
            child.Children.Add([.. steps.Skip(1)]);
        }
    }

    private void Write(StringBuilder text)
    {
        text.Append("{ ");
        foreach (var (step, children) in _children.Values)
        {
            text.Append(step.Selection).Append(' ');
            if (children._children.Count > 0)
            {
                children.Write(text);
            }
            else if (step.Field.Type.Unwrapped is ComplexType or UnionType)
            {
                text.Append("{ __typename } ");
            }
        }

        text.Append("} ");
    }
}
