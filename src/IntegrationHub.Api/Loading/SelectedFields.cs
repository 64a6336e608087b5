using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.Api.Loading;

/// <summary>The names of the fields a client selected on the objects a field returns, read from the request's
/// syntax tree so that a query can read only the columns those fields show.</summary>
/// <remarks>The answer may be wider than the selection, never narrower: fields under an inline fragment count
/// whatever its type condition or directives say, because an extra column costs little and a missing one would
/// show a wrong value. A named fragment spread cannot be expanded here (a resolver sees its field's nodes, not
/// the document's fragment definitions), so it makes the answer <see cref="Everything"/>.</remarks>
public sealed class SelectedFields
{
    private readonly HashSet<string>? _names;

    private SelectedFields(HashSet<string>? names) => _names = names;

    /// <summary>Every field: the selection could not be read exactly.</summary>
    public static SelectedFields Everything { get; } = new(null);

    /// <summary>Whether <paramref name="fieldName"/> is (or may be) selected.</summary>
    public bool Contains(string fieldName) => _names is null || _names.Contains(fieldName);

    /// <summary>The fields selected under <paramref name="fieldNodes"/> directly, when no path is given, or under
    /// the subfields each of <paramref name="paths"/> names, for example <c>["nodes"]</c> and
    /// <c>["edges", "node"]</c> below a connection; the answer is the union over the paths.</summary>
    public static SelectedFields Below(IEnumerable<FieldNode> fieldNodes, params IReadOnlyList<string>[] paths)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string>[] effectivePaths = paths.Length == 0 ? [[]] : paths;
        foreach (var path in effectivePaths)
        {
            IEnumerable<SelectionSetNode> level = fieldNodes.Select(f => f.SelectionSet).OfType<SelectionSetNode>();
            foreach (var step in path)
            {
                var fields = new List<FieldNode>();
                if (!TryCollect(level, fields))
                {
                    return Everything;
                }

                level = fields.Where(f => f.Name.Value == step).Select(f => f.SelectionSet).OfType<SelectionSetNode>().ToList();
            }

            var selected = new List<FieldNode>();
            if (!TryCollect(level, selected))
            {
                return Everything;
            }

            names.UnionWith(selected.Select(f => f.Name.Value));
        }

        return new SelectedFields(names);
    }

    /// <summary>The selections' fields, looking through inline fragments; false at a named fragment spread.</summary>
    private static bool TryCollect(IEnumerable<SelectionSetNode> selectionSets, List<FieldNode> fields)
    {
        foreach (var selection in selectionSets.SelectMany(s => s.Selections))
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when TryCollect([inline.SelectionSet], fields):
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
