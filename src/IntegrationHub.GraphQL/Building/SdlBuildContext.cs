using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Building;

/// <summary>One run of <see cref="SdlSchemaBuilder"/>: indexes the document's definitions, creates a type per
/// definition (fields and members resolved lazily so types can refer to each other), and records every
/// problem instead of stopping at the first.</summary>
internal sealed class SdlBuildContext(DocumentNode document, SchemaBindings bindings)
{
    private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _unknownTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];

    public List<SchemaError> Errors { get; } = [];

    public Schema Build()
    {
        IndexDefinitions();
        foreach (var directive in SpecifiedDirectives.All)
        {
            _directives[directive.Name] = directive;
        }

        // Types first (their fields are built later, on first use), so that directive arguments can name them;
        // then directives, so that the directives applied to types can be checked against them.
        foreach (var (name, definition) in _definitions)
        {
            _types[name] = SpecifiedScalars.Find(name) ?? BuildType(definition, _extensions.GetValueOrDefault(name) ?? []);
        }

        foreach (var (name, definition) in _directiveDefinitions)
        {
            _directives[name] = BuildDirective(definition);
        }

        foreach (var (name, definition) in _definitions)
        {
            var type = _types[name];
            CheckAppliedDirectives(type.AppliedDirectives, LocationOf(definition));
            foreach (var value in (type as EnumType)?.Values ?? [])
            {
                CheckAppliedDirectives(value.AppliedDirectives, DirectiveLocation.ENUM_VALUE);
            }
        }

        CheckExtensionTargets();
        var (query, mutation, subscription) = RootTypes();
        var schemaDefinition = _schemaDefinitions.FirstOrDefault();
        Schema schema;
        try
        {
            schema = new Schema(query, mutation, subscription, _types.Values, _directives.Values, schemaDefinition?.Description?.Value)
            {
                SyntaxNodes = [.. _schemaDefinitions, .. _schemaExtensions],
                AppliedDirectives = [.. _schemaDefinitions.SelectMany(d => d.Directives), .. _schemaExtensions.SelectMany(e => e.Directives)],
            };
        }
        catch (SchemaException exception)
        {
            Errors.AddRange(exception.Errors);
            schema = new Schema(null);
        }

        CheckAppliedDirectives(schema.AppliedDirectives, DirectiveLocation.SCHEMA);
        CheckBindings(schema);
        return schema;
    }

    private void IndexDefinitions()
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode executable:
                    Error("A schema document must contain only type system definitions and extensions.", executable);
                    break;
                case SchemaDefinitionNode schemaDefinition:
                    if (_schemaDefinitions.Count > 0)
                    {
                        Error("Must provide only one schema definition.", schemaDefinition);
                    }

                    _schemaDefinitions.Add(schemaDefinition);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionNode type:
                    if (!_definitions.TryAdd(type.Name.Value, type))
                    {
                        Error($"There can be only one type named \"{type.Name.Value}\".", _definitions[type.Name.Value].Name, type.Name);
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        _extensions[extension.Name.Value] = list = [];
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (!_directiveDefinitions.TryAdd(directive.Name.Value, directive))
                    {
                        Error($"There can be only one directive named \"@{directive.Name.Value}\".", _directiveDefinitions[directive.Name.Value].Name, directive.Name);
                    }

                    break;
            }
        }
    }

    private void CheckExtensionTargets()
    {
        foreach (var (name, extensions) in _extensions)
        {
            _definitions.TryGetValue(name, out var definition);
            foreach (var extension in extensions)
            {
                if (definition is null && SpecifiedScalars.Find(name) is null)
                {
                    Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                }
                else if (!ExtensionFits(extension, definition))
                {
                    Error($"Cannot extend non-{KindWord(extension)} type \"{name}\".", extension.Name);
                }
            }
        }
    }

    private static bool ExtensionFits(TypeExtensionNode extension, TypeDefinitionNode? definition) => (extension, definition) switch
    {
        (ScalarTypeExtensionNode, ScalarTypeDefinitionNode or null) => true,
        (ObjectTypeExtensionNode, ObjectTypeDefinitionNode) => true,
        (InterfaceTypeExtensionNode, InterfaceTypeDefinitionNode) => true,
        (UnionTypeExtensionNode, UnionTypeDefinitionNode) => true,
        (EnumTypeExtensionNode, EnumTypeDefinitionNode) => true,
        (InputObjectTypeExtensionNode, InputObjectTypeDefinitionNode) => true,
        _ => false,
    };

    private static string KindWord(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private NamedType BuildType(TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        IReadOnlyList<DirectiveNode> directives = [.. definition.Directives, .. extensions.SelectMany(e => e.Directives)];
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => BuildScalar(name, description, directives),
            ObjectTypeDefinitionNode objectType => new ObjectType(
                name,
                () => BuildFields(name, [.. objectType.Fields, .. extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields)]),
                () => ResolveInterfaces(name, [.. objectType.Interfaces, .. extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces)]),
                description),
            InterfaceTypeDefinitionNode interfaceType => new InterfaceType(
                name,
                () => BuildFields(name, [.. interfaceType.Fields, .. extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields)]),
                () => ResolveInterfaces(name, [.. interfaceType.Interfaces, .. extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces)]),
                description,
                bindings.FindTypeResolver(name)),
            UnionTypeDefinitionNode union => new UnionType(
                name,
                () => ResolveMembers(name, [.. union.Types, .. extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)]),
                description,
                bindings.FindTypeResolver(name)),
            EnumTypeDefinitionNode enumType => BuildEnum(name, description, [.. enumType.Values, .. extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)]),
            InputObjectTypeDefinitionNode input => new InputObjectType(
                name,
                () => BuildInputValues($"{name}.", [.. input.Fields, .. extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)], DirectiveLocation.INPUT_FIELD_DEFINITION),
                description,
                isOneOf: directives.Any(d => d.Name.Value == SpecifiedDirectives.OneOf.Name)),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Kind, "Not a type definition."),
        };

        type.AppliedDirectives = directives;
        type.SyntaxNodes = [definition, .. extensions];
        return type;
    }

    private ScalarType BuildScalar(string name, string? description, IReadOnlyList<DirectiveNode> directives)
    {
        var specifiedBy = directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.SpecifiedBy.Name);
        var url = specifiedBy?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
        var implementation = bindings.FindScalar(name);
        return implementation is null
            ? new ScalarType(name, description, url?.Value)
            : new BoundScalar(name, description, url?.Value ?? implementation.SpecifiedByUrl, implementation);
    }

    private EnumType BuildEnum(string name, string? description, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        var built = new List<EnumValueDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var valueName = value.Name.Value;
            if (!seen.Add(valueName))
            {
                Error($"Enum value \"{name}.{valueName}\" can only be defined once.", value.Name);
                continue;
            }

            built.Add(new EnumValueDefinition(valueName, bindings.FindEnumValue($"{name}.{valueName}"), value.Description?.Value, DeprecationReason(value.Directives))
            {
                AppliedDirectives = value.Directives,
                SyntaxNode = value,
            });
        }

        return new EnumType(name, built, description);
    }

    private List<FieldDefinition> BuildFields(string typeName, IReadOnlyList<FieldDefinitionNode> nodes)
    {
        var fields = new List<FieldDefinition>();
        var seen = new Dictionary<string, FieldDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (!seen.TryAdd(name, node))
            {
                Error($"Field \"{typeName}.{name}\" can only be defined once.", seen[name].Name, node.Name);
                continue;
            }

            CheckAppliedDirectives(node.Directives, DirectiveLocation.FIELD_DEFINITION);
            var arguments = BuildInputValues($"{typeName}.{name}(", node.Arguments, DirectiveLocation.ARGUMENT_DEFINITION);
            fields.Add(new FieldDefinition(
                name,
                ResolveTypeReference(node.Type),
                arguments,
                bindings.FindResolver($"{typeName}.{name}"),
                node.Description?.Value,
                DeprecationReason(node.Directives))
            {
                AppliedDirectives = node.Directives,
                SyntaxNode = node,
                Subscriber = bindings.FindSubscriber($"{typeName}.{name}"),
            });
        }

        return fields;
    }

    private List<InputValueDefinition> BuildInputValues(string ownerPrefix, IReadOnlyList<InputValueDefinitionNode> nodes, DirectiveLocation location)
    {
        var values = new List<InputValueDefinition>();
        var seen = new Dictionary<string, InputValueDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (!seen.TryAdd(name, node))
            {
                var what = location == DirectiveLocation.INPUT_FIELD_DEFINITION
                    ? $"Field \"{ownerPrefix}{name}\" can only be defined once."
                    : $"Argument \"{ownerPrefix}{name}:)\" can only be defined once.";
                Error(what, seen[name].Name, node.Name);
                continue;
            }

            CheckAppliedDirectives(node.Directives, location);
            values.Add(new InputValueDefinition(name, ResolveTypeReference(node.Type), node.DefaultValue, node.Description?.Value, DeprecationReason(node.Directives))
            {
                AppliedDirectives = node.Directives,
                SyntaxNode = node,
            });
        }

        return values;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                Error($"Unknown directive location \"{location.Value}\".", location);
            }
        }

        var arguments = BuildInputValues($"@{node.Name.Value}(", node.Arguments, DirectiveLocation.ARGUMENT_DEFINITION);
        return new DirectiveDefinition(node.Name.Value, locations, arguments, node.Repeatable, node.Description?.Value)
        {
            SyntaxNode = node,
        };
    }

    private IEnumerable<InterfaceType> ResolveInterfaces(string typeName, IReadOnlyList<NamedTypeNode> nodes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var type = ResolveNamedType(node);
            if (!seen.Add(node.Name.Value))
            {
                Error($"Type \"{typeName}\" can only implement \"{node.Name.Value}\" once.", node);
            }
            else if (type is InterfaceType interfaceType)
            {
                yield return interfaceType;
            }
            else if (!_unknownTypes.ContainsKey(node.Name.Value))
            {
                Error($"Type \"{typeName}\" must only implement Interface types, it cannot implement \"{node.Name.Value}\".", node);
            }
        }
    }

    private IEnumerable<ObjectType> ResolveMembers(string unionName, IReadOnlyList<NamedTypeNode> nodes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var type = ResolveNamedType(node);
            if (!seen.Add(node.Name.Value))
            {
                Error($"Union type \"{unionName}\" can only include type \"{node.Name.Value}\" once.", node);
            }
            else if (type is ObjectType objectType)
            {
                yield return objectType;
            }
            else if (!_unknownTypes.ContainsKey(node.Name.Value))
            {
                Error($"Union type \"{unionName}\" can only include Object types, it cannot include \"{node.Name.Value}\".", node);
            }
        }
    }

    private GraphQLType ResolveTypeReference(TypeNode node) => node switch
    {
        NamedTypeNode named => ResolveNamedType(named),
        ListTypeNode list => new ListType(ResolveTypeReference(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(ResolveTypeReference(nonNull.Type)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Not a type reference."),
    };

    private NamedType ResolveNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (SpecifiedScalars.Find(name) is { } scalar)
        {
            return scalar;
        }

        // Record the error, and stand a placeholder in so that the rest of the schema can still be checked.
        Error($"Unknown type \"{name}\".", node);
        if (!_unknownTypes.TryGetValue(name, out var placeholder))
        {
            _unknownTypes[name] = placeholder = new ScalarType(name);
        }

        return placeholder;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
    {
        // Without a schema definition the roots are the types named Query, Mutation and Subscription (spec 3.3.1);
        // schema extensions add to whichever roots there are.
        var roots = new Dictionary<OperationType, ObjectType?>();
        if (_schemaDefinitions.Count == 0)
        {
            foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
            {
                if (ConventionalRoot(name) is { } root)
                {
                    roots[operation] = root;
                }
            }
        }

        var operationTypes = _schemaDefinitions.Take(1).SelectMany(d => d.OperationTypes)
            .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operationType in operationTypes)
        {
            if (roots.ContainsKey(operationType.Operation))
            {
                Error($"There can be only one {Printer.Keyword(operationType.Operation)} type in schema.", operationType);
                continue;
            }

            var type = ResolveNamedType(operationType.Type);
            if (type is ObjectType root)
            {
                roots[operationType.Operation] = root;
            }
            else if (!_unknownTypes.ContainsKey(type.Name))
            {
                Error($"{RootWord(operationType.Operation)} root type must be Object type, it cannot be \"{type.Name}\".", operationType.Type);
            }
        }

        return (roots.GetValueOrDefault(OperationType.Query), roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription));
    }

    private ObjectType? ConventionalRoot(string name)
    {
        if (!_types.TryGetValue(name, out var type))
        {
            return null;
        }

        if (type is ObjectType root)
        {
            return root;
        }

        Error($"{name} root type must be Object type, it cannot be \"{name}\".", type.SyntaxNodes.FirstOrDefault());
        return null;
    }

    private static string RootWord(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };

    private static DirectiveLocation LocationOf(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode => DirectiveLocation.SCALAR,
        ObjectTypeDefinitionNode => DirectiveLocation.OBJECT,
        InterfaceTypeDefinitionNode => DirectiveLocation.INTERFACE,
        UnionTypeDefinitionNode => DirectiveLocation.UNION,
        EnumTypeDefinitionNode => DirectiveLocation.ENUM,
        _ => DirectiveLocation.INPUT_OBJECT,
    };

    /// <summary>Applied directives in SDL must be defined, allowed at their location, not repeated unless
    /// repeatable, and given known arguments with every required one present (spec 5.7 applied to SDL).</summary>
    private void CheckAppliedDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var definition))
            {
                Error($"Unknown directive \"@{name}\".", directive);
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                Error($"Directive \"@{name}\" may not be used on {location}.", directive);
            }

            if (!definition.IsRepeatable && !seen.TryAdd(name, directive))
            {
                Error($"The directive \"@{name}\" can only be used once at this location.", seen[name].Name, directive.Name);
            }

            var given = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in directive.Arguments)
            {
                if (!given.Add(argument.Name.Value))
                {
                    Error($"There can be only one argument named \"{argument.Name.Value}\".", argument.Name);
                }
                else if (definition.GetArgument(argument.Name.Value) is not { } argumentDefinition)
                {
                    Error($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".", argument);
                }
                else if (!ValueFromLiteral.TryCoerce(argument.Value, argumentDefinition.Type, null, out _))
                {
                    Error($"Argument \"@{name}({argument.Name.Value}:)\" has invalid value {Printer.Print(argument.Value)}.", argument.Value);
                }
            }

            foreach (var required in definition.Arguments.Where(a => a.IsRequired && !given.Contains(a.Name)))
            {
                Error($"Argument \"@{name}({required.Name}:)\" of type \"{required.Type}\" is required, but it was not provided.", directive);
            }
        }
    }

    private void CheckBindings(Schema schema)
    {
        foreach (var (kind, name) in bindings.AllBindings())
        {
            var known = kind switch
            {
                "field resolver" => name.Split('.') is [var type, var field] && schema.GetType(type) is ComplexType complex && complex.GetField(field) is not null,
                "type resolver" => schema.GetType(name) is IAbstractType,
                "scalar" => schema.GetType(name) is ScalarType { IsSpecifiedScalar: false },
                _ => name.Split('.') is [var enumName, var value] && schema.GetType(enumName) is EnumType enumType && enumType.GetValue(value) is not null,
            };
            if (!known)
            {
                Error($"A {kind} is bound to \"{name}\", which the schema does not define.");
            }
        }
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : SpecifiedDirectives.DefaultDeprecationReason;
    }

    private void Error(string message, params SyntaxNode?[] nodes) =>
        Errors.Add(new SchemaError(message, [.. nodes.Where(n => n is not null).Select(n => n!.Location.Start)]));

    /// <summary>A custom scalar declared in SDL whose coercions are implemented in code: the SDL gives the name,
    /// description and specification URL, the implementation the behaviour.</summary>
    private sealed class BoundScalar(string name, string? description, string? specifiedByUrl, ScalarType implementation)
        : ScalarType(name, description, specifiedByUrl)
    {
        public override object Serialize(object value) => implementation.Serialize(value);

        public override object ParseValue(object value) => implementation.ParseValue(value);

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            implementation.ParseLiteral(literal, variables);
    }
}
