using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Introspection;

/// <summary>The introspection types of spec 4.2 (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c> and the two enums), resolved over the engine's own
/// type system objects. Every schema contains them.</summary>
public static class IntrospectionTypes
{
    private static readonly NonNullType NonNullString = new(SpecifiedScalars.String);
    private static readonly NonNullType NonNullBoolean = new(SpecifiedScalars.Boolean);

    /// <summary><c>__TypeKind</c>: internal values are <see cref="Types.TypeKind"/>.</summary>
    public static EnumType TypeKind { get; } = new(
        "__TypeKind",
        [
            new("SCALAR", Types.TypeKind.Scalar, "Indicates this type is a scalar."),
            new("OBJECT", Types.TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new("INTERFACE", Types.TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new("UNION", Types.TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            new("ENUM", Types.TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            new("INPUT_OBJECT", Types.TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            new("LIST", Types.TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
            new("NON_NULL", Types.TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        ],
        "An enum describing what kind of type a given `__Type` is.")
    { IsIntrospectionType = true };

    /// <summary><c>__DirectiveLocation</c>: internal values are <see cref="Types.DirectiveLocation"/>.</summary>
    public static EnumType DirectiveLocation { get; } = new(
        "__DirectiveLocation",
        Enum.GetValues<Types.DirectiveLocation>().Select(location => new EnumValueDefinition(location.ToString(), location)),
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.")
    { IsIntrospectionType = true };

    /// <summary><c>__Schema</c>: its parent value is the <see cref="Types.Schema"/>.</summary>
    public static ObjectType Schema { get; } = new(
        "__Schema",
        () =>
        [
            Read<Schema>("description", SpecifiedScalars.String, s => s.Description),
            Read<Schema>("types", ListOf(Type!), s => s.Types, "A list of all types supported by this server."),
            Read<Schema>("queryType", new NonNullType(Type!), s => s.Query, "The type that query operations will be rooted at."),
            Read<Schema>("mutationType", Type!, s => s.Mutation, "If this server supports mutation, the type that mutation operations will be rooted at."),
            Read<Schema>("subscriptionType", Type!, s => s.Subscription, "If this server supports subscription, the type that subscription operations will be rooted at."),
            Read<Schema>("directives", ListOf(Directive!), s => s.Directives, "A list of all directives supported by this server."),
        ],
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.")
    { IsIntrospectionType = true };

    /// <summary><c>__Type</c>: its parent value is a <see cref="GraphQLType"/>.</summary>
    public static ObjectType Type { get; } = new(
        "__Type",
        () =>
        [
            Read<GraphQLType>("kind", new NonNullType(TypeKind), t => t.Kind),
            Read<GraphQLType>("name", SpecifiedScalars.String, t => (t as NamedType)?.Name),
            Read<GraphQLType>("description", SpecifiedScalars.String, t => (t as NamedType)?.Description),
            Read<GraphQLType>("specifiedByURL", SpecifiedScalars.String, t => (t as ScalarType)?.SpecifiedByUrl),
            WithDeprecated<GraphQLType>("fields", NullableListOf(Field!), (t, all) => (t as ComplexType)?.Fields.Where(f => all || !f.IsDeprecated)),
            Read<GraphQLType>("interfaces", NullableListOf(Type!), t => (t as ComplexType)?.Interfaces),
            new FieldDefinition("possibleTypes", NullableListOf(Type!), resolver: context => new ValueTask<object?>(
                context.Parent is NamedType { IsAbstractType: true } abstractType ? context.Schema.GetPossibleTypes(abstractType) : null)),
            WithDeprecated<GraphQLType>("enumValues", NullableListOf(EnumValue!), (t, all) => (t as EnumType)?.Values.Where(v => all || !v.IsDeprecated)),
            WithDeprecated<GraphQLType>("inputFields", NullableListOf(InputValue!), (t, all) => (t as InputObjectType)?.Fields.Where(f => all || !f.IsDeprecated)),
            Read<GraphQLType>("ofType", Type!, t => t switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Read<GraphQLType>("isOneOf", SpecifiedScalars.Boolean, t => t is InputObjectType input ? input.IsOneOf : null),
        ],
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.")
    { IsIntrospectionType = true };

    /// <summary><c>__Field</c>: its parent value is a <see cref="FieldDefinition"/>.</summary>
    public static ObjectType Field { get; } = new(
        "__Field",
        () =>
        [
            Read<FieldDefinition>("name", NonNullString, f => f.Name),
            Read<FieldDefinition>("description", SpecifiedScalars.String, f => f.Description),
            WithDeprecated<FieldDefinition>("args", ListOf(InputValue!), (f, all) => f.Arguments.Where(a => all || !a.IsDeprecated)),
            Read<FieldDefinition>("type", new NonNullType(Type), f => f.Type),
            Read<FieldDefinition>("isDeprecated", NonNullBoolean, f => f.IsDeprecated),
            Read<FieldDefinition>("deprecationReason", SpecifiedScalars.String, f => f.DeprecationReason),
        ],
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.")
    { IsIntrospectionType = true };

    /// <summary><c>__InputValue</c>: its parent value is an <see cref="InputValueDefinition"/>.</summary>
    public static ObjectType InputValue { get; } = new(
        "__InputValue",
        () =>
        [
            Read<InputValueDefinition>("name", NonNullString, v => v.Name),
            Read<InputValueDefinition>("description", SpecifiedScalars.String, v => v.Description),
            Read<InputValueDefinition>("type", new NonNullType(Type), v => v.Type),
            Read<InputValueDefinition>("defaultValue", SpecifiedScalars.String, v => v.DefaultValue is null ? null : Printer.Print(v.DefaultValue), "A GraphQL-formatted string representing the default value for this input value."),
            Read<InputValueDefinition>("isDeprecated", NonNullBoolean, v => v.IsDeprecated),
            Read<InputValueDefinition>("deprecationReason", SpecifiedScalars.String, v => v.DeprecationReason),
        ],
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.")
    { IsIntrospectionType = true };

    /// <summary><c>__EnumValue</c>: its parent value is an <see cref="EnumValueDefinition"/>.</summary>
    public static ObjectType EnumValue { get; } = new(
        "__EnumValue",
        () =>
        [
            Read<EnumValueDefinition>("name", NonNullString, v => v.Name),
            Read<EnumValueDefinition>("description", SpecifiedScalars.String, v => v.Description),
            Read<EnumValueDefinition>("isDeprecated", NonNullBoolean, v => v.IsDeprecated),
            Read<EnumValueDefinition>("deprecationReason", SpecifiedScalars.String, v => v.DeprecationReason),
        ],
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.")
    { IsIntrospectionType = true };

    /// <summary><c>__Directive</c>: its parent value is a <see cref="DirectiveDefinition"/>.</summary>
    public static ObjectType Directive { get; } = new(
        "__Directive",
        () =>
        [
            Read<DirectiveDefinition>("name", NonNullString, d => d.Name),
            Read<DirectiveDefinition>("description", SpecifiedScalars.String, d => d.Description),
            Read<DirectiveDefinition>("isRepeatable", NonNullBoolean, d => d.IsRepeatable),
            Read<DirectiveDefinition>("locations", ListOf(DirectiveLocation), d => d.Locations),
            WithDeprecated<DirectiveDefinition>("args", ListOf(InputValue!), (d, all) => d.Arguments.Where(a => all || !a.IsDeprecated)),
        ],
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.")
    { IsIntrospectionType = true };

    /// <summary>All of them, in the order introspection lists them.</summary>
    public static IReadOnlyList<NamedType> All => [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    // The types refer to each other. Their fields are built on first use, when every property is set, so the
    // references inside the field lists (marked with !) are never null.
    private static NonNullType ListOf(GraphQLType item) => new(new ListType(new NonNullType(item)));

    private static ListType NullableListOf(GraphQLType item) => new(new NonNullType(item));

    private static FieldDefinition Read<TParent>(string name, GraphQLType type, Func<TParent, object?> read, string? description = null) =>
        new(name, type, resolver: context => new ValueTask<object?>(context.Parent is TParent parent ? read(parent) : null), description: description);

    /// <summary>A list field with <c>includeDeprecated: Boolean! = false</c> (spec 4.2.3).</summary>
    private static FieldDefinition WithDeprecated<TParent>(string name, GraphQLType type, Func<TParent, bool, object?> read) =>
        new(
            name,
            type,
            [new InputValueDefinition("includeDeprecated", NonNullBoolean, new BooleanValueNode(default, false))],
            context => new ValueTask<object?>(context.Parent is TParent parent
                ? read(parent, context.Arguments.GetValueOrDefault("includeDeprecated") is true)
                : null));
}
