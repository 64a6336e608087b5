using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>An enum type (spec 3.9): a leaf whose values are names. Each name maps to an internal value that
/// resolvers see and return (the name itself unless given, a C# enum member for code-first enums).</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    /// <summary>Defines an enum with <paramref name="values"/> in order.</summary>
    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null)
        : base(name, description)
    {
        Values = [.. values];
        foreach (var value in Values)
        {
            if (!_byName.TryAdd(value.Name, value))
            {
                throw new SchemaException($"Enum \"{name}\" has more than one value named \"{value.Name}\".");
            }

            if (!_byValue.TryAdd(value.Value, value))
            {
                throw new SchemaException($"Enum \"{name}\" maps two values to the internal value \"{value.Value}\".");
            }

            value.Coordinate = $"{name}.{value.Name}";
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; }

    /// <summary>The value called <paramref name="name"/>, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion (spec 3.9): the name of the internal value a resolver returned. A string that
    /// names a value is accepted too, so that data read from JSON or a database serializes.</summary>
    /// <exception cref="CoercionException">The value is not one of the enum's.</exception>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var match) || (value is string name && _byName.TryGetValue(name, out match)))
        {
            return match.Name;
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable value (spec 3.9): a string naming a value.</summary>
    /// <exception cref="CoercionException">The value is not a string or names no value.</exception>
    public object ParseValue(object? value)
    {
        if (value is string name)
        {
            return _byName.TryGetValue(name, out var match)
                ? match.Value
                : throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}.");
    }

    /// <summary>Input coercion of a literal (spec 3.9): an enum value naming a value.</summary>
    /// <exception cref="CoercionException">The literal is not an enum value or names no value.</exception>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is EnumValueNode enumValue)
        {
            return _byName.TryGetValue(enumValue.Value, out var match)
                ? match.Value
                : throw new CoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
    }
}

/// <summary>One value of an enum type (spec 3.9).</summary>
public sealed class EnumValueDefinition(string name, object? value = null, string? description = null, string? deprecationReason = null)
{
    /// <summary>The name clients send and receive.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The internal value resolvers see and return; the name when none was given.</summary>
    public object Value { get; } = value ?? name;

    /// <summary>The description; may contain Markdown.</summary>
    public string? Description { get; } = description;

    /// <summary>Why it is deprecated (<c>@deprecated</c>); null when it is not.</summary>
    public string? DeprecationReason { get; } = deprecationReason;

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied in SDL, in source order.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition; null for a value built in code.</summary>
    public EnumValueDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>The schema coordinate <c>Enum.VALUE</c>.</summary>
    public string Coordinate { get; internal set; } = "";

    /// <inheritdoc />
    public override string ToString() => Name;
}
