namespace IntegrationHub.GraphQL.Types;

/// <summary>Any type of the type system: a named type or a list or non-null wrapper around one (spec 3.4).</summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>What kind of type this is.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrappers: <c>Int</c> for <c>[Int!]!</c>.</summary>
    public abstract NamedType Unwrapped { get; }

    /// <summary>Whether this type may be used for arguments, variables and input fields (spec 3.4.2).</summary>
    public bool IsInputType => Unwrapped.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether this type may be the type of a field (spec 3.4.2).</summary>
    public bool IsOutputType => Unwrapped.Kind is not TypeKind.InputObject;

    /// <summary>Whether values of this type are leaves: scalars and enums, unwrapped.</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether this is an interface or a union.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>This type without an outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether <paramref name="other"/> is the same type, wrappers included.</summary>
    public bool IsSameAs(GraphQLType other) => (this, other) switch
    {
        (ListType a, ListType b) => a.OfType.IsSameAs(b.OfType),
        (NonNullType a, NonNullType b) => a.OfType.IsSameAs(b.OfType),
        (NamedType a, NamedType b) => ReferenceEquals(a, b),
        _ => false,
    };

    /// <summary>The type reference as SDL writes it: <c>[Int!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A list of <see cref="OfType"/> (spec 3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The type of the items.</summary>
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override NamedType Unwrapped => OfType.Unwrapped;

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}

/// <summary><see cref="OfType"/> without null (spec 3.12). The wrapped type is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/>, which must be nullable.</summary>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Cannot wrap the non-null type {ofType} in non-null again.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type this makes non-null.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType Unwrapped => OfType.Unwrapped;

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
