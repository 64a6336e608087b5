using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Printing;

/// <summary>Prints a schema as SDL: the schema definition when its root types have unconventional names or it
/// has a description, then the custom directives, then every type except the specified scalars and the
/// introspection types. Deprecations, <c>@specifiedBy</c> and <c>@oneOf</c> are printed as the directives they
/// came from. The schema is first turned into a syntax tree, so the text is <see cref="Printer"/>'s.</summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>.</summary>
    public static string Print(Schema schema) => Printer.Print(ToDocument(schema));

    /// <summary>The type system document that describes <paramref name="schema"/>.</summary>
    public static DocumentNode ToDocument(Schema schema)
    {
        var definitions = new List<DefinitionNode>();
        if (SchemaDefinition(schema) is { } schemaDefinition)
        {
            definitions.Add(schemaDefinition);
        }

        definitions.AddRange(schema.Directives.Where(d => !d.IsSpecified).Select(Directive));
        definitions.AddRange(schema.Types
            .Where(t => !t.IsIntrospectionType && t is not SpecifiedScalar)
            .Select(TypeDefinition));
        return new DocumentNode(default, definitions);
    }

    private static SchemaDefinitionNode? SchemaDefinition(Schema schema)
    {
        var conventional = schema.Query?.Name is null or "Query"
            && schema.Mutation?.Name is null or "Mutation"
            && schema.Subscription?.Name is null or "Subscription";
        if (conventional && schema.Description is null)
        {
            return null;
        }

        var roots = new (OperationType Operation, ObjectType? Type)[]
        {
            (OperationType.Query, schema.Query), (OperationType.Mutation, schema.Mutation), (OperationType.Subscription, schema.Subscription),
        };
        return new SchemaDefinitionNode(
            default,
            Description(schema.Description),
            [],
            [.. roots.Where(r => r.Type is not null).Select(r => new RootOperationTypeDefinitionNode(default, r.Operation, Named(r.Type!.Name)))]);
    }

    private static DirectiveDefinitionNode Directive(DirectiveDefinition directive) => new(
        default,
        Description(directive.Description),
        Name(directive.Name),
        [.. directive.Arguments.Select(InputValue)],
        directive.IsRepeatable,
        [.. directive.Locations.Select(location => Name(location.ToString()))]);

    private static TypeDefinitionNode TypeDefinition(NamedType type) => type switch
    {
        ScalarType scalar => new ScalarTypeDefinitionNode(
            default,
            Description(scalar.Description),
            Name(scalar.Name),
            scalar.SpecifiedByUrl is null ? [] : [Applied("specifiedBy", ("url", String(scalar.SpecifiedByUrl)))]),
        ObjectType objectType => new ObjectTypeDefinitionNode(
            default, Description(objectType.Description), Name(objectType.Name), Interfaces(objectType), [], Fields(objectType)),
        InterfaceType interfaceType => new InterfaceTypeDefinitionNode(
            default, Description(interfaceType.Description), Name(interfaceType.Name), Interfaces(interfaceType), [], Fields(interfaceType)),
        UnionType union => new UnionTypeDefinitionNode(
            default, Description(union.Description), Name(union.Name), [], [.. union.Types.Select(member => Named(member.Name))]),
        EnumType enumType => new EnumTypeDefinitionNode(
            default,
            Description(enumType.Description),
            Name(enumType.Name),
            [],
            [.. enumType.Values.Select(value => new EnumValueDefinitionNode(
                default, Description(value.Description), Name(value.Name), Deprecation(value.DeprecationReason)))]),
        InputObjectType input => new InputObjectTypeDefinitionNode(
            default,
            Description(input.Description),
            Name(input.Name),
            input.IsOneOf ? [Applied("oneOf")] : [],
            [.. input.Fields.Select(InputValue)]),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Not a named type."),
    };

    private static IReadOnlyList<NamedTypeNode> Interfaces(ComplexType type) => [.. type.Interfaces.Select(i => Named(i.Name))];

    private static IReadOnlyList<FieldDefinitionNode> Fields(ComplexType type) =>
    [
        .. type.Fields.Select(field => new FieldDefinitionNode(
            default,
            Description(field.Description),
            Name(field.Name),
            [.. field.Arguments.Select(InputValue)],
            TypeReference(field.Type),
            Deprecation(field.DeprecationReason))),
    ];

    private static InputValueDefinitionNode InputValue(InputValueDefinition value) => new(
        default,
        Description(value.Description),
        Name(value.Name),
        TypeReference(value.Type),
        value.DefaultValue,
        Deprecation(value.DeprecationReason));

    private static IReadOnlyList<DirectiveNode> Deprecation(string? reason) => reason switch
    {
        null => [],
        SpecifiedDirectives.DefaultDeprecationReason => [Applied("deprecated")],
        _ => [Applied("deprecated", ("reason", String(reason)))],
    };

    private static TypeNode TypeReference(GraphQLType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode(default, TypeReference(nonNull.OfType)),
        ListType list => new ListTypeNode(default, TypeReference(list.OfType)),
        _ => Named(((NamedType)type).Name),
    };

    private static DirectiveNode Applied(string name, params (string Name, ValueNode Value)[] arguments) =>
        new(default, Name(name), [.. arguments.Select(a => new ArgumentNode(default, Name(a.Name), a.Value))]);

    private static StringValueNode? Description(string? description) =>
        description is null ? null : new StringValueNode(default, description, block: true);

    private static StringValueNode String(string value) => new(default, value, block: false);

    private static NamedTypeNode Named(string name) => new(default, Name(name));

    private static NameNode Name(string name) => new(default, name);
}
