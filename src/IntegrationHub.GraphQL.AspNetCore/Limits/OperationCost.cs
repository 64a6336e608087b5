using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IntegrationHub.GraphQL.Introspection;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>The cost of running an operation, an upper bound on the fields it resolves: every field costs 1, and a
/// field that returns a list multiplies the cost of its selections by the list's size, read from its
/// <c>first</c> or <c>last</c> argument (the larger when both are given) or else assumed to be
/// <c>defaultListSize</c>. <c>{ households(first: 100) { id name } }</c> costs 1 + 100 × 2 = 201.</summary>
/// <remarks>
/// Not a validation rule, unlike the other limits: <c>first: $n</c> is only known once the request's variables
/// are, while validation results are cached per document and never see variables. It runs on a document that has
/// passed validation, for the one operation being executed. Arithmetic saturates at <see cref="long.MaxValue"/>,
/// so a cost bomb of nested lists reads as "too expensive", never as an overflowed small number.
/// </remarks>
public static class OperationCost
{
    /// <summary>The cost of <paramref name="operation"/> in <paramref name="document"/>, with <c>first</c>/<c>last</c>
    /// variables read from <paramref name="variables"/> (the request's raw JSON object) or the variable's default.</summary>
    public static long Compute(
        Schema schema, DocumentNode document, OperationDefinitionNode operation, JsonElement? variables, int defaultListSize)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        if (schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return 0;
        }

        var calculator = new Calculator(schema, document, operation, variables, defaultListSize);
        try
        {
            return calculator.CostOf(operation.SelectionSet, rootType);
        }
        catch (InsufficientExecutionStackException)
        {
            // Fragment spreads nested beyond what this thread can follow: far beyond any sane limit.
            return long.MaxValue;
        }
    }

    private sealed class Calculator
    {
        private readonly Schema _schema;
        private readonly OperationDefinitionNode _operation;
        private readonly JsonElement? _variables;
        private readonly int _defaultListSize;
        private readonly FragmentAwareMeasure<long> _fragments;

        public Calculator(Schema schema, DocumentNode document, OperationDefinitionNode operation, JsonElement? variables, int defaultListSize)
        {
            _schema = schema;
            _operation = operation;
            _variables = variables;
            _defaultListSize = defaultListSize;
            var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
                .GroupBy(fragment => fragment.Name.Value, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);
            _fragments = new FragmentAwareMeasure<long>(fragments.GetValueOrDefault, nothing: 0);
        }

        public long CostOf(SelectionSetNode selectionSet, NamedType parentType)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total = Saturating.Add(total, selection switch
                {
                    FieldNode field => CostOf(field, parentType),
                    InlineFragmentNode inline => CostOf(inline.SelectionSet, TypeOrParent(inline.TypeCondition, parentType)),
                    FragmentSpreadNode spread => _fragments.OfSpread(
                        spread, fragment => CostOf(fragment.SelectionSet, TypeOrParent(fragment.TypeCondition, parentType))),
                    _ => 0,
                });
            }

            return total;
        }

        private long CostOf(FieldNode field, NamedType parentType)
        {
            if (field.SelectionSet is not { } children
                || IntrospectionFields.Find(_schema, parentType, field.Name.Value) is not { } definition)
            {
                return 1;
            }

            var childCost = CostOf(children, definition.Type.Unwrapped);
            var size = definition.Type.Nullable is ListType ? ListSize(field) : 1;
            return Saturating.Add(1, Saturating.Multiply(size, childCost));
        }

        private long ListSize(FieldNode field)
        {
            long? size = null;
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value is "first" or "last" && ValueOf(argument.Value) is { } value)
                {
                    size = Math.Max(size ?? 0, value);
                }
            }

            return Math.Max(0, size ?? _defaultListSize);
        }

        private long? ValueOf(ValueNode value) => value switch
        {
            IntValueNode literal => long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue,
            VariableNode variable => VariableValue(variable.Name.Value),
            _ => null,
        };

        private long? VariableValue(string name)
        {
            if (_variables is { } map && map.TryGetProperty(name, out var given))
            {
                return given.ValueKind == JsonValueKind.Number && given.TryGetInt64(out var number) ? number : null;
            }

            var definition = _operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == name);
            return definition?.DefaultValue is { } defaultValue and not VariableNode ? ValueOf(defaultValue) : null;
        }

        private NamedType TypeOrParent(NamedTypeNode? typeCondition, NamedType parentType) =>
            typeCondition is not null && _schema.GetType(typeCondition.Name.Value) is { } type ? type : parentType;
    }

    private static class Saturating
    {
        public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
    }
}
