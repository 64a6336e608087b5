using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object (spec 3.4).</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description;
    }

    /// <summary>The type's name, unique in its schema.</summary>
    public string Name { get; }

    /// <summary>The description shown to schema readers; may contain Markdown.</summary>
    public string? Description { get; }

    /// <summary>The directives applied to the type in SDL (definition and extensions), in source order.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition and extensions the type was built from, for error locations; empty for a
    /// type built in code.</summary>
    public IReadOnlyList<SyntaxNode> SyntaxNodes { get; internal set; } = [];

    /// <inheritdoc />
    public override NamedType Unwrapped => this;

    /// <summary>Whether this is one of the introspection types of spec 4.2, which every schema has and no
    /// schema may redefine. A type merely named with <c>__</c> is not one (and is invalid).</summary>
    public bool IsIntrospectionType { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
