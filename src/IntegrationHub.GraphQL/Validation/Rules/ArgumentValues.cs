using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>Whether two argument lists are the same set of arguments (spec 5.3.2, "identical sets of
/// arguments"): the same names with equal values, in any order.</summary>
internal static class ArgumentValues
{
    /// <summary>True when <paramref name="arguments1"/> and <paramref name="arguments2"/> give the same
    /// arguments the same values.</summary>
    public static bool AreSame(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2) =>
        arguments1.Count == arguments2.Count
        && arguments1.All(argument1 =>
            arguments2.FirstOrDefault(argument2 => argument2.Name.Value == argument1.Name.Value) is { } argument2
            && AreEqual(argument1.Value, argument2.Value));

    /// <summary>Structural equality of two values; input object fields are compared by name, whatever their
    /// order, and a variable equals only the same variable.</summary>
    private static bool AreEqual(ValueNode value1, ValueNode value2) => (value1, value2) switch
    {
        (VariableNode a, VariableNode b) => a.Name.Value == b.Name.Value,
        (IntValueNode a, IntValueNode b) => a.Value == b.Value,
        (FloatValueNode a, FloatValueNode b) => a.Value == b.Value,
        (StringValueNode a, StringValueNode b) => a.Value == b.Value,
        (BooleanValueNode a, BooleanValueNode b) => a.Value == b.Value,
        (NullValueNode, NullValueNode) => true,
        (EnumValueNode a, EnumValueNode b) => a.Value == b.Value,
        (ListValueNode a, ListValueNode b) => a.Values.Count == b.Values.Count
            && a.Values.Zip(b.Values).All(pair => AreEqual(pair.First, pair.Second)),
        (ObjectValueNode a, ObjectValueNode b) => a.Fields.Count == b.Fields.Count
            && a.Fields.All(field1 =>
                b.Fields.FirstOrDefault(field2 => field2.Name.Value == field1.Name.Value) is { } field2
                && AreEqual(field1.Value, field2.Value)),
        _ => false,
    };
}
