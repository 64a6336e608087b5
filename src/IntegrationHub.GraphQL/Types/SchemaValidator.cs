using System.Text.RegularExpressions;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>The type system's rules (spec 3): root types, names, fields, arguments, interface implementation,
/// unions, enums, input objects (including <c>@oneOf</c> and non-null cycles) and directive definitions. A
/// schema that breaks any of them cannot validate or execute requests.</summary>
public static partial class SchemaValidator
{
    /// <summary>Every rule the schema breaks, each with the SDL locations it concerns; empty when it is valid.</summary>
    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var errors = new List<SchemaError>();
        ValidateRootTypes(schema, errors);
        foreach (var directive in schema.Directives.Where(d => !d.IsSpecified))
        {
            ValidateName(directive.Name, directive.SyntaxNode, errors);
            foreach (var argument in directive.Arguments)
            {
                ValidateArgument(argument, $"@{directive.Name}({argument.Name}:)", errors);
            }
        }

        foreach (var type in schema.Types.Where(t => !t.IsIntrospectionType))
        {
            ValidateName(type.Name, type.SyntaxNodes.FirstOrDefault(), errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union when union.Types.Count == 0:
                    errors.Add(Error($"Union type {union.Name} must define one or more member types.", union.SyntaxNodes));
                    break;
                case EnumType enumType when enumType.Values.Count == 0:
                    errors.Add(Error($"Enum type {enumType.Name} must define one or more values.", enumType.SyntaxNodes));
                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, value.SyntaxNode, errors);
                        if (value.Name is "true" or "false" or "null")
                        {
                            errors.Add(Error($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.SyntaxNode));
                        }
                    }

                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    break;
            }
        }

        InputObjectCycles.Find(schema, errors);
        return errors;
    }

    /// <summary>Throws when <paramref name="schema"/> breaks any rule; for schemas built in code.</summary>
    /// <exception cref="SchemaException">The schema is invalid; the exception lists every problem.</exception>
    public static Schema ThrowIfInvalid(Schema schema)
    {
        var errors = Validate(schema);
        return errors.Count > 0 ? throw new SchemaException(errors) : schema;
    }

    /// <summary>Whether <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected
    /// (spec 3.6.3, IsValidImplementationFieldType): the same type, a non-null of it, a list of sub-types, or a
    /// possible type of an abstract type.</summary>
    public static bool IsSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.IsSameAs(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        return maybeSubType is not ListType
            && superType is NamedType { IsAbstractType: true } abstractType
            && maybeSubType is ComplexType complex
            && schema.IsSubType(abstractType, complex);
    }

    private static void ValidateRootTypes(Schema schema, List<SchemaError> errors)
    {
        if (schema.Query is null)
        {
            errors.Add(Error("Query root type must be provided.", schema.SyntaxNodes));
        }

        var roots = new[] { (OperationType.Query, schema.Query), (OperationType.Mutation, schema.Mutation), (OperationType.Subscription, schema.Subscription) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!).Where(g => g.Count() > 1))
        {
            var uses = string.Join(" and ", group.Select(r => Printer.Keyword(r.Item1)));
            errors.Add(Error($"All root types must be different, \"{group.Key.Name}\" type is used as {uses} root types.", schema.SyntaxNodes));
        }
    }

    private static void ValidateFields(ComplexType type, List<SchemaError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(Error($"Type {type.Name} must define one or more fields.", type.SyntaxNodes));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.SyntaxNode, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add(Error($"The type of {field.Coordinate} must be Output Type but got: {field.Type}.", field.SyntaxNode?.Type));
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(argument, argument.Coordinate, errors);
            }
        }
    }

    private static void ValidateArgument(InputValueDefinition argument, string coordinate, List<SchemaError> errors)
    {
        ValidateName(argument.Name, argument.SyntaxNode, errors);
        if (!argument.Type.IsInputType)
        {
            errors.Add(Error($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.SyntaxNode?.Type));
        }
        else
        {
            ValidateDefaultValue(argument, coordinate, errors);
        }

        if (argument.IsRequired && argument.IsDeprecated)
        {
            errors.Add(Error($"Required argument {coordinate} cannot be deprecated.", argument.SyntaxNode));
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<SchemaError> errors)
    {
        foreach (var parent in type.Interfaces)
        {
            if (ReferenceEquals(parent, type))
            {
                errors.Add(Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.SyntaxNodes));
                continue;
            }

            foreach (var ancestor in parent.Interfaces.Where(a => !type.Interfaces.Contains(a)))
            {
                var why = ReferenceEquals(ancestor, type) ? "it would create a circular reference" : $"it is implemented by {parent.Name}";
                errors.Add(Error($"Type {type.Name} must implement {ancestor.Name} because {why}.", type.SyntaxNodes));
            }

            ValidateImplementation(schema, type, parent, errors);
        }
    }

    /// <summary>IsValidImplementation (spec 3.6.3): every field of the interface, with a compatible type and the
    /// same arguments; extra arguments optional.</summary>
    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType parent, List<SchemaError> errors)
    {
        foreach (var expected in parent.Fields)
        {
            var actual = type.GetField(expected.Name);
            if (actual is null)
            {
                errors.Add(Error($"Interface field {expected.Coordinate} expected but {type.Name} does not provide it.", [expected.SyntaxNode, .. type.SyntaxNodes]));
                continue;
            }

            if (!IsSubTypeOf(schema, actual.Type, expected.Type))
            {
                errors.Add(Error(
                    $"Interface field {expected.Coordinate} expects type {expected.Type} but {actual.Coordinate} is type {actual.Type}.",
                    expected.SyntaxNode?.Type,
                    actual.SyntaxNode?.Type));
            }

            foreach (var expectedArgument in expected.Arguments)
            {
                var actualArgument = actual.GetArgument(expectedArgument.Name);
                if (actualArgument is null)
                {
                    errors.Add(Error(
                        $"Interface field argument {expectedArgument.Coordinate} expected but {actual.Coordinate} does not provide it.",
                        expectedArgument.SyntaxNode,
                        actual.SyntaxNode));
                }
                else if (!actualArgument.Type.IsSameAs(expectedArgument.Type))
                {
                    errors.Add(Error(
                        $"Interface field argument {expectedArgument.Coordinate} expects type {expectedArgument.Type} but {actualArgument.Coordinate} is type {actualArgument.Type}.",
                        expectedArgument.SyntaxNode?.Type,
                        actualArgument.SyntaxNode?.Type));
                }
            }

            foreach (var extra in actual.Arguments.Where(a => a.IsRequired && expected.GetArgument(a.Name) is null))
            {
                errors.Add(Error(
                    $"Argument {extra.Coordinate} must not be required type {extra.Type} if not provided by the Interface field {expected.Coordinate}.",
                    extra.SyntaxNode,
                    expected.SyntaxNode));
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<SchemaError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(Error($"Input Object type {input.Name} must define one or more fields.", input.SyntaxNodes));
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.SyntaxNode, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add(Error($"The type of {field.Coordinate} must be Input Type but got: {field.Type}.", field.SyntaxNode?.Type));
            }
            else
            {
                ValidateDefaultValue(field, field.Coordinate, errors);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(Error($"Required input field {field.Coordinate} cannot be deprecated.", field.SyntaxNode));
            }

            if (input.IsOneOf)
            {
                // OneOf input objects (spec 3.10.1): every field nullable, none with a default.
                if (field.Type is NonNullType)
                {
                    errors.Add(Error($"OneOf input field {field.Coordinate} must be nullable.", field.SyntaxNode?.Type));
                }

                if (field.DefaultValue is not null)
                {
                    errors.Add(Error($"OneOf input field {field.Coordinate} cannot have a default value.", field.SyntaxNode));
                }
            }
        }
    }

    /// <summary>A default value must be a valid value of its input type (spec 3.6.1, 3.10).</summary>
    private static void ValidateDefaultValue(InputValueDefinition value, string coordinate, List<SchemaError> errors)
    {
        if (value.DefaultValue is { } literal && !Execution.ValueFromLiteral.TryCoerce(literal, value.Type, null, out _))
        {
            errors.Add(Error($"{coordinate} has invalid default value: {Printer.Print(literal)}.", literal));
        }
    }

    private static void ValidateName(string name, SyntaxNode? node, List<SchemaError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node));
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add(Error($"Names must only contain [_a-zA-Z0-9] and not start with a digit, but \"{name}\" does not.", node));
        }
    }

    internal static SchemaError Error(string message, params SyntaxNode?[] nodes) =>
        new(message, [.. nodes.Where(n => n is not null).Select(n => n!.Location.Start)]);

    private static SchemaError Error(string message, IEnumerable<SyntaxNode?> nodes) => Error(message, [.. nodes]);

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex NamePattern();
}
