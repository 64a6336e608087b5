using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>What every rule validating one document shares: the schema, the document, the type information of
/// the current position, and facts about fragments and variables computed once and cached.</summary>
public sealed class ValidationContext
{
    private readonly Action<GraphQLError> _report;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveUsages = [];

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> report)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _report = report;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            // Of several fragments with one name (Fragment Name Uniqueness reports them) the last counts, as in
            // graphql-js.
            _fragments[fragment.Name.Value] = fragment;
        }
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>What the schema says about the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The node that contains the node being visited; null at the document.</summary>
    public SyntaxNode? ParentNode => Path?.Parent;

    /// <summary>The walker's path to the node being visited.</summary>
    internal SyntaxPath? Path { get; set; }

    /// <summary>Records an error. Stops validation when the error limit is exceeded.</summary>
    public void ReportError(GraphQLError error) => _report(error);

    /// <summary>Records an error with <paramref name="message"/> at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, params IEnumerable<SyntaxNode> nodes) =>
        _report(new GraphQLError(message, [.. nodes.Select(node => node.Location.Start)]));

    /// <summary>The fragment named <paramref name="name"/>; the last one when several share the name.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in <paramref name="selectionSet"/>, its fields' selection sets and its inline
    /// fragments, at any depth; spreads inside the spread fragments are not included.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            // A set's own spreads come in document order, then those of its nested sets, the last nested set
            // first; graphql-js lists them in this order too, so errors come out in the same order.
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        pending.Push(fieldSelections);
                        break;
                }
            }
        }

        return _spreads[selectionSet] = spreads;
    }

    /// <summary>Every defined fragment <paramref name="operation"/> spreads, directly or through other fragments,
    /// each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        return _referencedFragments[operation] = fragments;
    }

    /// <summary>The variables used in <paramref name="definition"/> itself (not in the fragments it spreads),
    /// with the type expected at each use.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_usages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(Schema);
            SyntaxWalker.Walk(definition, collector);
            _usages[definition] = usages = collector.Usages;
        }

        return usages;
    }

    /// <summary>The variables used in <paramref name="operation"/> and in every fragment it spreads, directly
    /// or not.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!_recursiveUsages.TryGetValue(operation, out var usages))
        {
            _recursiveUsages[operation] = usages =
            [
                .. GetVariableUsages(operation),
                .. GetRecursivelyReferencedFragments(operation).SelectMany(GetVariableUsages),
            ];
        }

        return usages;
    }

    private sealed class VariableUsageCollector(Schema schema) : SyntaxVisitor
    {
        private readonly TypeInfo _typeInfo = new(schema);

        public List<VariableUsage> Usages { get; } = [];

        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            _typeInfo.Enter(node);
            switch (node)
            {
                // A variable definition names the variable; it does not use it.
                case VariableDefinitionNode:
                    return VisitAction.SkipChildren;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
                    break;
            }

            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node, SyntaxPath path) => _typeInfo.Leave(node);
    }
}
