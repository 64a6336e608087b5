namespace IntegrationHub.GraphQL.Types;

/// <summary>The kinds of type (spec 4.2, <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    /// <summary>A leaf with a serialized form (spec 3.5).</summary>
    Scalar,

    /// <summary>A set of named fields (spec 3.6).</summary>
    Object,

    /// <summary>An abstract set of fields that objects and interfaces implement (spec 3.7).</summary>
    Interface,

    /// <summary>An abstract choice among object types (spec 3.8).</summary>
    Union,

    /// <summary>A leaf with a closed set of values (spec 3.9).</summary>
    Enum,

    /// <summary>A set of named input fields (spec 3.10).</summary>
    InputObject,

    /// <summary>A list of another type (spec 3.11).</summary>
    List,

    /// <summary>Another type that never holds null (spec 3.12).</summary>
    NonNull,
}
