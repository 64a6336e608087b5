using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>CollectFields (spec 6.3.2): the fields a selection set selects on one object type, grouped by
/// response key in document order, after <c>@skip</c>/<c>@include</c> and fragment type conditions.</summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    /// <summary>The grouped fields of <paramref name="selectionSets"/> (several when sibling fields with one
    /// response key are merged, spec 6.4.3 CollectSubfields).</summary>
    public Dictionary<string, List<FieldNode>> Collect(ObjectType objectType, IEnumerable<SelectionSetNode> selectionSets)
    {
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            Collect(objectType, selectionSet, fields, visitedFragments);
        }

        return fields;
    }

    private void Collect(ObjectType objectType, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var group))
                    {
                        fields[key] = group = [];
                    }

                    group.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Add(name)
                        && fragments.TryGetValue(name, out var fragment)
                        && DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        Collect(objectType, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        Collect(objectType, inline.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply (spec 6.3.2).</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
        schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType conditionType => ReferenceEquals(conditionType, objectType),
            NamedType { IsAbstractType: true } abstractType => schema.IsSubType(abstractType, objectType),
            _ => false,
        };

    /// <summary><c>@skip(if:)</c> and <c>@include(if:)</c> (spec 3.13.2, 3.13.3): skip wins when both apply.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name != SpecifiedDirectives.Skip.Name && name != SpecifiedDirectives.Include.Name)
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            var value = condition is not null
                && ValueFromLiteral.TryCoerce(condition, new NonNullType(SpecifiedScalars.Boolean), variables, out var coerced)
                && coerced is true;
            if (name == SpecifiedDirectives.Skip.Name ? value : !value)
            {
                return false;
            }
        }

        return true;
    }
}
