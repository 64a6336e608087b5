using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>A scalar type (spec 3.5). This base class is the custom scalar that SDL declares without code: it
/// passes values through unchanged, and reads literals as plain values (strings, numbers, booleans, lists and
/// objects). The built-in scalars and code-first custom scalars override the three coercions.</summary>
public class ScalarType(string name, string? description = null, string? specifiedByUrl = null) : NamedType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>, spec 3.13.5); null for none.</summary>
    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    /// <summary>Whether this is one of the five scalars the specification defines.</summary>
    public bool IsSpecifiedScalar => this is SpecifiedScalar;

    /// <summary>Result coercion: the serializable form of a resolver's non-null value.</summary>
    /// <exception cref="CoercionException">The value cannot be represented.</exception>
    public virtual object Serialize(object value) => value;

    /// <summary>Input coercion of a value from variables (already decoded from JSON).</summary>
    /// <exception cref="CoercionException">The value is not acceptable.</exception>
    public virtual object ParseValue(object value) => value;

    /// <summary>Input coercion of a non-null literal. Variables nested in a list or object literal are looked
    /// up in <paramref name="variables"/>; a missing variable reads as null.</summary>
    /// <exception cref="CoercionException">The literal is not acceptable.</exception>
    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        LiteralValues.Untyped(literal, variables);
}
