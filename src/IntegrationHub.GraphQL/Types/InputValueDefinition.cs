using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object (spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinition
{
    /// <summary>Defines an input value. <paramref name="defaultValue"/> is a constant literal, so that SDL,
    /// introspection and coercion all read the one representation.</summary>
    public InputValueDefinition(
        string name,
        GraphQLType type,
        ValueNode? defaultValue = null,
        string? description = null,
        string? deprecationReason = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        DefaultValue = defaultValue;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name, unique among its siblings.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The default value as a constant literal; null when there is none (not the same as a default of
    /// <c>null</c>, which is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The description; may contain Markdown.</summary>
    public string? Description { get; }

    /// <summary>Why it is deprecated (<c>@deprecated</c>); null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be given: non-null and without a default (spec 3.6.1).</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    /// <summary>The directives applied in SDL, in source order.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition; null for an input value built in code.</summary>
    public InputValueDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>The schema coordinate (spec 3.14 of the coordinates RFC): <c>Type.field(arg:)</c>,
    /// <c>@directive(arg:)</c> or <c>Input.field</c>; set when the owner is built.</summary>
    public string Coordinate { get; internal set; } = "";

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}
