using System.Collections;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec 6.1.2): the request's variable values, checked against the operation's
/// variable definitions and coerced to internal values. Any problem is a request error: the operation does not
/// run.</summary>
public static class VariableCoercion
{
    /// <summary>The coerced values of every variable given or defaulted; absent variables without a default
    /// are left out (not null). Returns the errors instead when any value is invalid.</summary>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = ValueFromLiteral.TypeFromSyntax(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.At(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }

            var hasValue = inputs is not null && inputs.TryGetValue(name, out _);
            var input = hasValue ? inputs![name] : null;
            if (!hasValue && definition.DefaultValue is not null)
            {
                ValueFromLiteral.TryCoerce(definition.DefaultValue, type, null, out var defaultValue);
                values[name] = defaultValue;
            }
            else if (type is NonNullType && (!hasValue || input is null))
            {
                var problem = hasValue ? "must not be null" : "was not provided";
                var message = $"Variable \"${name}\" of {(hasValue ? "non-null" : "required")} type \"{type}\" {problem}.";
                errors.Add(GraphQLError.At(message, definition));
            }
            else if (hasValue)
            {
                values[name] = input is null ? null : CoerceInput(input, type, name, definition, errors);
            }
        }

        return (values, errors);
    }

    /// <summary>Input coercion of an external value (spec 3.5 to 3.12): JSON-shaped values as
    /// <see cref="JsonValues.ToPlainValue"/> produces them, or equivalent CLR values.</summary>
    private static object? CoerceInput(object? input, GraphQLType type, string variable, VariableDefinitionNode definition, List<GraphQLError> errors)
    {
        var before = errors.Count;
        var value = Coerce(input, type, [], (path, invalid, reason) =>
        {
            var at = path.Count == 0 ? "" : $" at \"{variable}{string.Concat(path.Select(key => key is int i ? $"[{i}]" : $".{key}"))}\"";
            errors.Add(GraphQLError.At($"Variable \"${variable}\" got invalid value {Types.Inspect.Value(invalid)}{at}; {reason}", definition));
        });
        return errors.Count > before ? null : value;
    }

    private static object? Coerce(object? input, GraphQLType type, List<object> path, Action<List<object>, object?, string> onError)
    {
        input = input is System.Text.Json.JsonElement json ? JsonValues.ToPlainValue(json) : input;
        if (type is NonNullType nonNull)
        {
            if (input is null)
            {
                onError(path, input, $"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return Coerce(input, nonNull.OfType, path, onError);
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (input is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(Coerce(item, list.OfType, [.. path, index++], onError));
                    }

                    return result;
                }

                // A single value where a list is expected is a list of one (spec 3.11, Input Coercion).
                return new List<object?> { Coerce(input, list.OfType, path, onError) };
            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, path, onError);
            case EnumType enumType:
                return Leaf(() => enumType.ParseValue(input), type, input, path, onError);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseValue(input), type, input, path, onError);
            default:
                onError(path, input, $"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object input, InputObjectType type, List<object> path, Action<List<object>, object?, string> onError)
    {
        if (input is not IReadOnlyDictionary<string, object?> fields)
        {
            onError(path, input, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in type.Fields)
        {
            if (!fields.TryGetValue(definition.Name, out var fieldInput))
            {
                if (definition.DefaultValue is not null)
                {
                    ValueFromLiteral.TryCoerce(definition.DefaultValue, definition.Type, null, out var defaultValue);
                    result[definition.Name] = defaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    onError(path, input, $"Field \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.");
                }

                continue;
            }

            result[definition.Name] = Coerce(fieldInput, definition.Type, [.. path, definition.Name], onError);
        }

        foreach (var name in fields.Keys.Where(name => type.GetField(name) is null))
        {
            onError(path, input, $"Field \"{name}\" is not defined by type \"{type.Name}\".");
        }

        if (type.IsOneOf)
        {
            // OneOf input objects (spec 3.10.1): exactly one of its fields given, and not null. Unknown fields,
            // already reported, do not count as the one.
            if (result.Count != 1)
            {
                onError(path, input, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else if (result.Values.Single() is null)
            {
                onError(path, input, $"Field \"{result.Keys.Single()}\" must be non-null.");
            }
        }

        return result;
    }

    private static object? Leaf(Func<object> parse, GraphQLType type, object input, List<object> path, Action<List<object>, object?, string> onError)
    {
        try
        {
            return parse();
        }
        catch (CoercionException exception)
        {
            onError(path, input, $"Expected type \"{type}\". {exception.Message}");
            return null;
        }
    }
}
