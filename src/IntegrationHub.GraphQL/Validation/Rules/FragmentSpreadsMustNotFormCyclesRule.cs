using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (spec 5.5.2.2). Expanding a fragment that spreads itself, directly or
/// through other fragments, never ends, so such cycles are errors. Each cycle is reported once, at the spreads
/// that form it, found by one depth-first search over the fragments that visits each fragment once.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        // The spreads from the fragment where the search started to the current one, and where in that path
        // each fragment still being searched was entered.
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByFragment = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                Search(fragment);
            }

            return node is DocumentNode;
        }

        private void Search(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByFragment[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var target = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_pathIndexByFragment.TryGetValue(target, out var cycleStart))
                {
                    var cycle = _spreadPath.GetRange(cycleStart, _spreadPath.Count - cycleStart);
                    var via = string.Join(", ", cycle.SkipLast(1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{target}\" within itself{(via.Length == 0 ? "." : $" via {via}.")}", cycle);
                }
                else if (context.GetFragment(target) is { } targetFragment)
                {
                    Search(targetFragment);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByFragment.Remove(name);
        }
    }
}
