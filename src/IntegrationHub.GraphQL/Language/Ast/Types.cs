namespace IntegrationHub.GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType (spec 2.11).</summary>
public abstract class TypeNode(SourceSpan location) : SyntaxNode(location);

/// <summary>NamedType : Name.</summary>
public sealed class NamedTypeNode(SourceSpan location, NameNode name) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type's name.</summary>
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("name", Name);
}

/// <summary>ListType : [ Type ].</summary>
public sealed class ListTypeNode(SourceSpan location, TypeNode type) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The type of the list's items.</summary>
    public TypeNode Type { get; } = type;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("type", Type);
}

/// <summary>NonNullType : NamedType ! | ListType !. The grammar makes <c>T!!</c> impossible: the wrapped type is
/// never itself non-null.</summary>
public sealed class NonNullTypeNode(SourceSpan location, TypeNode type) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The nullable type made non-null: a <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>.</summary>
    public TypeNode Type { get; } = type is NonNullTypeNode
        ? throw new ArgumentException("A non-null type cannot wrap another non-null type (T!! is not a type).", nameof(type))
        : type;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("type", Type);
}
