using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>A directive a schema declares (spec 3.13): its arguments, where it may appear, and whether it may
/// appear more than once in one place.</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Defines a directive.</summary>
    public DirectiveDefinition(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        IReadOnlyList<InputValueDefinition>? arguments = null,
        bool isRepeatable = false,
        string? description = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Locations = locations ?? throw new ArgumentNullException(nameof(locations));
        Arguments = arguments ?? [];
        IsRepeatable = isRepeatable;
        Description = description;
        foreach (var argument in Arguments)
        {
            argument.Coordinate = $"@{name}({argument.Name}:)";
        }
    }

    /// <summary>The name, without the <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Where it may appear, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    /// <summary>Whether it may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The description; may contain Markdown.</summary>
    public string? Description { get; }

    /// <summary>The SDL definition; null for a directive built in code.</summary>
    public DirectiveDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>Whether this is one of the directives the specification defines.</summary>
    public bool IsSpecified => SpecifiedDirectives.All.Contains(this);

    /// <summary>The argument called <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetArgument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name);

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}

/// <summary>The directives the specification defines (spec 3.13.1 to 3.13.6); every schema has them unless it
/// redefines one of the same name.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written (spec 3.13.4).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@skip(if: Boolean!)</c> (spec 3.13.2).</summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(SpecifiedScalars.Boolean), description: "Skipped when true.")],
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@include(if: Boolean!)</c> (spec 3.13.3).</summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(SpecifiedScalars.Boolean), description: "Included when true.")],
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c> (spec 3.13.4).</summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE],
        [new InputValueDefinition(
            "reason",
            new NonNullType(SpecifiedScalars.String),
            new StringValueNode(default, DefaultDeprecationReason, block: false),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")],
        description: "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url: String!)</c> (spec 3.13.5).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.SCALAR],
        [new InputValueDefinition("url", new NonNullType(SpecifiedScalars.String), description: "The URL that specifies the behavior of this scalar.")],
        description: "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c> (spec 3.13.6).</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.INPUT_OBJECT],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All of them, in the order introspection lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
