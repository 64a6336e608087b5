using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.Api.Loading;

/// <summary>The names of the fields a client selected on the objects a field returns, read from the request's
/// syntax tree so that a query can read only the columns those fields show.</summary>
/// <remarks>The answer may be wider than the selection, never narrower: fields under a fragment (inline or named)
/// count whatever its type condition or directives say, because an extra column costs little and a missing one
/// would show a wrong value.</remarks>
public sealed class SelectedFields
{
    private readonly HashSet<string>? _names;

    private SelectedFields(HashSet<string>? names) => _names = names;

    /// <summary>Every field: the selection could not be read exactly (a spread of a fragment the document does not
    /// define, which validation rejects before execution).</summary>
    public static SelectedFields Everything { get; } = new(null);

    /// <summary>Whether <paramref name="fieldName"/> is (or may be) selected.</summary>
    public bool Contains(string fieldName) => _names is null || _names.Contains(fieldName);

    /// <summary>The fields selected under <paramref name="fieldNodes"/> directly, when no path is given, or under
    /// the subfields each of <paramref name="paths"/> names, for example <c>["nodes"]</c> and
    /// <c>["edges", "node"]</c> below a connection; the answer is the union over the paths. Named fragment spreads
    /// are followed through <paramref name="fragments"/>, the document's definitions.</summary>
    public static SelectedFields Below(IEnumerable<FieldNode> fieldNodes, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        params IReadOnlyList<string>[] paths)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string>[] effectivePaths = paths.Length == 0 ? [[]] : paths;
        foreach (var path in effectivePaths)
        {
            IEnumerable<SelectionSetNode> level = fieldNodes.Select(f => f.SelectionSet).OfType<SelectionSetNode>();
            foreach (var step in path)
            {
                var fields = new List<FieldNode>();
                if (!TryCollect(level, fragments, fields, []))
                {
                    return Everything;
                }

                level = fields.Where(f => f.Name.Value == step).Select(f => f.SelectionSet).OfType<SelectionSetNode>().ToList();
            }

            var selected = new List<FieldNode>();
            if (!TryCollect(level, fragments, selected, []))
            {
                return Everything;
            }

            names.UnionWith(selected.Select(f => f.Name.Value));
        }

        return new SelectedFields(names);
    }

    /// <summary>The selections' fields, looking through inline fragments and named spreads (each named fragment
    /// once, as CollectFields does, spec 6.3.2); false at a spread of an undefined fragment.</summary>
    private static bool TryCollect(IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        List<FieldNode> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSets.SelectMany(s => s.Selections))
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when TryCollect([inline.SelectionSet], fragments, fields, visitedFragments):
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment):
                    if (visitedFragments.Add(spread.Name.Value) && !TryCollect([fragment.SelectionSet], fragments, fields, visitedFragments))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
