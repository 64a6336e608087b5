using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec 6.4.1): the arguments a field or directive was given, with defaults,
/// coerced to internal values. A problem here is a field error.</summary>
internal static class ArgumentCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return EmptyArguments;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = FindArgument(arguments, definition.Name);
            bool hasValue;
            object? value = null;
            if (argument?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out value);
            }
            else
            {
                hasValue = argument is not null;
            }

            if (!hasValue && definition.DefaultValue is not null)
            {
                ValueFromLiteral.TryCoerce(definition.DefaultValue, definition.Type, null, out var defaultValue);
                values[definition.Name] = defaultValue;
            }
            else if (definition.Type is NonNullType && (!hasValue || (argument?.Value is VariableNode && value is null) || argument?.Value is NullValueNode))
            {
                throw hasValue
                    ? new FieldErrorException($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", argument!.Value)
                    : new FieldErrorException($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.");
            }
            else if (hasValue)
            {
                if (argument!.Value is VariableNode)
                {
                    values[definition.Name] = value;
                }
                else if (ValueFromLiteral.TryCoerce(argument.Value, definition.Type, variables, out var coerced))
                {
                    values[definition.Name] = coerced;
                }
                else
                {
                    throw new FieldErrorException($"Argument \"{definition.Name}\" has invalid value {Printer.Print(argument.Value)}.", argument.Value);
                }
            }
        }

        return values;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}

/// <summary>A field error whose message is safe for the client: raised by the engine (bad argument, value that
/// cannot be completed) or by a resolver or middleware that wants the client to see why (access denied, say).
/// <see cref="Code"/> becomes the error's <c>extensions.code</c>; <see cref="Node"/>, when set, is where the error
/// points instead of the field.</summary>
public sealed class FieldErrorException(
    string message,
    SyntaxNode? node = null,
    string? code = null,
    IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    /// <summary>The document node the error concerns, when not the field itself.</summary>
    public SyntaxNode? Node { get; } = node;

    /// <summary>A stable code for the kind of error (<c>extensions.code</c>); null for the engine's own errors.</summary>
    public string? Code { get; } = code;

    /// <summary>More entries for the error's <c>extensions</c>, beside the code.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;

    /// <summary>The error's <c>extensions</c>: the code and the other entries; null when there are none.</summary>
    internal IReadOnlyDictionary<string, object?>? AllExtensions()
    {
        if (Code is null)
        {
            return Extensions;
        }

        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code };
        foreach (var (key, value) in Extensions ?? new Dictionary<string, object?>())
        {
            all.TryAdd(key, value);
        }

        return all;
    }
}

/// <summary>Several coded errors for one field, when a resolver finds more than one problem at once (for example
/// every invalid part of an input object): each becomes its own error at the field's path (spec 7.1.2, where a
/// response may hold several errors for one path), and the field resolves to null as for one error.</summary>
/// <param name="errors">The errors, in the order to report them; at least one.</param>
public sealed class FieldErrorsException(IReadOnlyList<FieldErrorException> errors)
    : Exception(errors.Count > 0 ? errors[0].Message : throw new ArgumentException("At least one error is needed.", nameof(errors)))
{
    /// <summary>The errors.</summary>
    public IReadOnlyList<FieldErrorException> Errors { get; } = errors;
}
