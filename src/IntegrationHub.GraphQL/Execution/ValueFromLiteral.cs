using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Input coercion of literals (spec 3.5 to 3.12, "Input Coercion" of each type): a literal in a document
/// or a default value, read as the internal value of an input type. Variables inside the literal take their
/// already-coerced values.</summary>
public static class ValueFromLiteral
{
    /// <summary>Reads <paramref name="literal"/> as a value of <paramref name="type"/>; false when it is not one
    /// (validation reports why; execution only needs to know).</summary>
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            // A variable missing from the coerced values is "no value": the caller decides what that means.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
            case { } when literal is NullValueNode:
                return true;
            case ListType list:
                return TryCoerceList(literal, list, variables, out value);
            case InputObjectType input:
                return TryCoerceInputObject(literal, input, variables, out value);
            case EnumType enumType:
                return TryLeaf(() => enumType.ParseLiteral(literal), out value);
            case ScalarType scalar:
                return TryLeaf(() => scalar.ParseLiteral(literal, variables), out value);
            default:
                return false;
        }
    }

    /// <summary>The type a variable definition names, or null when the schema has no such type.</summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromSyntax(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static bool TryCoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (literal is not ListValueNode items)
        {
            // A single value where a list is expected is a list of one (spec 3.11, Input Coercion).
            var coerced = TryCoerce(literal, list.OfType, variables, out var single);
            value = coerced ? new List<object?> { single } : null;
            return coerced;
        }

        var result = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is NonNullType)
                {
                    value = null;
                    return false;
                }

                result.Add(null);
            }
            else if (TryCoerce(item, list.OfType, variables, out var coercedItem))
            {
                result.Add(coercedItem);
            }
            else
            {
                value = null;
                return false;
            }
        }

        value = result;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in objectValue.Fields)
        {
            if (input.GetField(field.Name.Value) is null || !given.TryAdd(field.Name.Value, field))
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in input.Fields)
        {
            if (!given.TryGetValue(definition.Name, out var field) || IsMissingVariable(field.Value, variables))
            {
                if (definition.DefaultValue is not null)
                {
                    if (!TryCoerce(definition.DefaultValue, definition.Type, null, out var defaultValue))
                    {
                        return false;
                    }

                    result[definition.Name] = defaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(field.Value, definition.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[definition.Name] = fieldValue;
        }

        // OneOf input objects (spec 3.10.1): exactly one field, and it is not null.
        if (input.IsOneOf && (result.Count != 1 || result.Values.Single() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return value is not null;
        }
        catch (CoercionException)
        {
            value = null;
            return false;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
