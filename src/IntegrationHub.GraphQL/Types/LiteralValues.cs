using System.Globalization;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>Reads literals without a type to guide them, as custom scalars declared in SDL do.</summary>
public static class LiteralValues
{
    /// <summary>The plain value of <paramref name="literal"/>: ints as <see cref="int"/> (or <see cref="long"/>,
    /// or <see cref="double"/> when larger), floats as <see cref="double"/>, strings, booleans, null, enum
    /// values as their name, lists as <see cref="List{T}"/>, objects as dictionaries in source order;
    /// variables from <paramref name="variables"/> (null when missing).</summary>
    public static object? Untyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        IntValueNode i => ParseInt(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        NullValueNode => null,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(item => Untyped(item, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (result, field) =>
            {
                result[field.Name.Value] = Untyped(field.Value, variables);
                return result;
            }),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(literal), literal.Kind, "Not a value literal."),
    };

    private static object ParseInt(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            return small;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
            ? large
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
