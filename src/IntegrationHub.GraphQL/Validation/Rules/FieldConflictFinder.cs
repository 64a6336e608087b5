using System.Runtime.CompilerServices;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Finds the fields of a selection set that cannot merge (spec 5.3.2, FieldsInSetCanMerge and
/// SameResponseShape). Written naively, the spec's algorithm re-expands every fragment each time it is spread
/// and is exponential in the depth of fragment nesting. Here the fields of each selection set are collected once,
/// and each pair of (fields, fragment) and (fragment, fragment) is compared once per document, so the work is
/// polynomial; a budget of comparison steps bounds what a hostile document can cost even so.
/// </summary>
internal sealed class FieldConflictFinder(ValidationContext context)
{
    // Bounds on one error's size: a conflict deep in many fragments lists at most this many fields per side and
    // a reason of at most this many characters.
    private const int MaxFieldsPerSide = 20;
    private const int MaxReasonLength = 1000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly ComparedPairs<(CollectedFields, string)> _comparedFieldsAndFragments = new();
    private readonly ComparedPairs<(string, string)> _comparedFragments = new();
    private int _remainingBudget = FieldSelectionMergingRule.ComparisonBudget;

    /// <summary>The conflicts among the fields <paramref name="selectionSet"/> selects on
    /// <paramref name="parentType"/>, directly or through fragments.</summary>
    public IReadOnlyList<FieldConflict> FindWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var fields = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        var fragments = fields.FragmentNames;
        for (var i = 0; i < fragments.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragments[i]);
            for (var j = i + 1; j < fragments.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectedFields fields)
    {
        foreach (var (responseName, entries) in fields.ByResponseName)
        {
            // A leaf repeated many times, the usual case, needs no pairwise comparison at all.
            if (entries.TrueForAll(entry => entry.IsSameLeafAs(entries[0])))
            {
                continue;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                for (var j = i + 1; j < entries.Count; j++)
                {
                    AddIfConflict(conflicts, FindConflict(false, responseName, entries[i], entries[j]));
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        foreach (var (responseName, entries1) in fields1.ByResponseName)
        {
            Spend(1);
            if (!fields2.ByResponseName.TryGetValue(responseName, out var entries2))
            {
                continue;
            }

            foreach (var entry1 in entries1)
            {
                foreach (var entry2 in entries2)
                {
                    AddIfConflict(conflicts, FindConflict(mutuallyExclusive, responseName, entry1, entry2));
                }
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        if (!_comparedFieldsAndFragments.TryAdd((fields, fragmentName), mutuallyExclusive)
            || context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        Spend(1);

        var fragmentFields = CollectFragment(fragment);
        // A fragment's own fields need no comparison with themselves; they were compared within.
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var nested in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, nested);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<FieldConflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        var pair = string.CompareOrdinal(fragmentName1, fragmentName2) < 0
            ? (fragmentName1, fragmentName2)
            : (fragmentName2, fragmentName1);
        if (fragmentName1 == fragmentName2
            || !_comparedFragments.TryAdd(pair, mutuallyExclusive)
            || context.GetFragment(fragmentName1) is not { } fragment1
            || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        Spend(1);

        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var nested in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, nested);
        }

        foreach (var nested in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, nested, fragmentName2);
        }
    }

    private List<FieldConflict> FindConflictsBetweenSubSelections(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragmentName in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, fragmentName);
        }

        foreach (var fragmentName in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, fragmentName);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    /// <summary>Why two fields with the same response name cannot merge, or null when they can.
    /// <paramref name="parentsMutuallyExclusive"/> says the enclosing fields can never apply to the same object,
    /// in which case only the shape of the results has to agree.</summary>
    private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry entry1, FieldEntry entry2)
    {
        // The common case, a leaf field repeated as is, is decided without work and costs no budget, so that
        // valid documents repeating a field many times are not rejected.
        if (entry1.IsSameLeafAs(entry2))
        {
            return null;
        }

        Spend(2);
        var (node1, node2) = (entry1.Node, entry2.Node);
        var (type1, type2) = (entry1.Definition?.Type, entry2.Definition?.Type);
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(entry1.ParentType, entry2.ParentType)
                && entry1.ParentType is ObjectType
                && entry2.ParentType is ObjectType);

        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new FieldConflict(
                    responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", [node1], [node2]);
            }

            if (!ArgumentValues.AreSame(node1.Arguments, node2.Arguments))
            {
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(
                responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelections(
                mutuallyExclusive, type1?.Unwrapped, selectionSet1, type2?.Unwrapped, selectionSet2);
            return subConflicts.Count == 0 ? null : Combine(responseName, node1, node2, subConflicts);
        }

        return null;
    }

    // SameResponseShape for the types themselves: the same list and non-null wrapping, and the same leaf type
    // where either is a leaf. Composite types never conflict here; their sub-selections are compared instead.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ when type1.IsLeafType || type2.IsLeafType => !ReferenceEquals(type1, type2),
            _ => false,
        };
    }

    private static FieldConflict Combine(string responseName, FieldNode node1, FieldNode node2, List<FieldConflict> subConflicts)
    {
        var reason = string.Join(
            " and ", subConflicts.Select(conflict => $"subfields \"{conflict.ResponseName}\" conflict because {conflict.Reason}"));
        if (reason.Length > MaxReasonLength)
        {
            reason = reason[..MaxReasonLength] + "...";
        }

        return new FieldConflict(
            responseName,
            reason,
            [node1, .. subConflicts.SelectMany(conflict => conflict.Fields1).Take(MaxFieldsPerSide - 1)],
            [node2, .. subConflicts.SelectMany(conflict => conflict.Fields2).Take(MaxFieldsPerSide - 1)]);
    }

    private static void AddIfConflict(List<FieldConflict> conflicts, FieldConflict? conflict)
    {
        if (conflict is not null)
        {
            conflicts.Add(conflict);
        }
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    /// <summary>The fields <paramref name="selectionSet"/> selects, by response name, with those of its inline
    /// fragments, and the names of the fragments it spreads (not expanded); computed once per pair.</summary>
    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue((parentType, selectionSet), out var fields))
        {
            fields = new CollectedFields();
            CollectInto(fields, parentType, selectionSet);
            _collected[(parentType, selectionSet)] = fields;
        }

        return fields;
    }

    private void CollectInto(CollectedFields fields, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : FieldLookup.Find(context.Schema, parentType, field.Name.Value);
                    fields.Add(field.ResponseKey, new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fields.AddFragment(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(fields, inlineType, inline.SelectionSet);
                    break;
            }
        }
    }

    // Every recursive path spends, so the stack is checked here too: a document deep enough to exhaust it is
    // over budget, not a crash of the process.
    private void Spend(int steps)
    {
        _remainingBudget -= steps;
        if (_remainingBudget < 0 || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BudgetExceededException();
        }
    }

    /// <summary>Thrown when a document needs more than <see cref="FieldSelectionMergingRule.ComparisonBudget"/>
    /// steps, or more stack than is left.</summary>
    public sealed class BudgetExceededException : Exception;

    /// <summary>A field as selected on a parent type, with its definition when the schema has one.</summary>
    private sealed record FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition)
    {
        private bool IsPlainLeaf { get; } = Node.Arguments.Count == 0 && Node.SelectionSet is null;

        /// <summary>Whether both are the same field without arguments or sub-selections, selected on the same
        /// type (so with the same definition): such fields always merge.</summary>
        public bool IsSameLeafAs(FieldEntry other) =>
            IsPlainLeaf && other.IsPlainLeaf
            && ReferenceEquals(ParentType, other.ParentType)
            && Node.Name.Value == other.Node.Name.Value;
    }

    private sealed class CollectedFields
    {
        private readonly HashSet<string> _fragmentNames = new(StringComparer.Ordinal);
        private readonly List<string> _fragmentNamesInOrder = [];

        public Dictionary<string, List<FieldEntry>> ByResponseName { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames => _fragmentNamesInOrder;

        public void Add(string responseName, FieldEntry entry)
        {
            if (!ByResponseName.TryGetValue(responseName, out var entries))
            {
                ByResponseName[responseName] = entries = [];
            }

            entries.Add(entry);
        }

        public void AddFragment(string name)
        {
            if (_fragmentNames.Add(name))
            {
                _fragmentNamesInOrder.Add(name);
            }
        }
    }

    /// <summary>Pairs already compared, and whether only as mutually exclusive. A comparison made without
    /// assuming exclusivity checks more, so it also answers for the exclusive case, not the other way round.</summary>
    private sealed class ComparedPairs<TPair>
        where TPair : notnull
    {
        private readonly Dictionary<TPair, bool> _comparedAsExclusive = [];

        /// <summary>Records the pair; false when an equal or stronger comparison was already recorded.</summary>
        public bool TryAdd(TPair pair, bool mutuallyExclusive)
        {
            if (_comparedAsExclusive.TryGetValue(pair, out var asExclusive) && (mutuallyExclusive || !asExclusive))
            {
                return false;
            }

            _comparedAsExclusive[pair] = mutuallyExclusive;
            return true;
        }
    }
}
