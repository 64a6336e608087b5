namespace IntegrationHub.GraphQL.Types;

/// <summary>Names the object type of a value of an abstract type; null when it cannot tell.</summary>
/// <param name="value">The non-null value a field of the abstract type returned.</param>
public delegate string? TypeResolver(object value);

/// <summary>An interface or union: a field of this type returns values of one of its possible object types,
/// chosen at run time (spec 6.4.3, ResolveAbstractType).</summary>
public interface IAbstractType
{
    /// <summary>The type's name.</summary>
    string Name { get; }

    /// <summary>Names the object type of a returned value.</summary>
    TypeResolver ResolveType { get; }
}

/// <summary>The default resolution of abstract types: the value's <c>__typename</c> member, as graphql-js
/// reads it.</summary>
public static class DefaultTypeResolver
{
    /// <summary>The <c>__typename</c> of a dictionary, JSON object or CLR object; null when it has none or it
    /// is not a string.</summary>
    public static string? ByTypeName(object value) =>
        Execution.DefaultResolvers.ReadMember(value, "__typename") as string;
}
