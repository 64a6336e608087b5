namespace IntegrationHub.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13, DirectiveLocations). The names are the SDL's, in the
/// order of <c>__DirectiveLocation</c> (spec 4.2).</summary>
public enum DirectiveLocation
{
    /// <summary>On a query operation.</summary>
    QUERY,

    /// <summary>On a mutation operation.</summary>
    MUTATION,

    /// <summary>On a subscription operation.</summary>
    SUBSCRIPTION,

    /// <summary>On a field selection.</summary>
    FIELD,

    /// <summary>On a fragment definition.</summary>
    FRAGMENT_DEFINITION,

    /// <summary>On a fragment spread.</summary>
    FRAGMENT_SPREAD,

    /// <summary>On an inline fragment.</summary>
    INLINE_FRAGMENT,

    /// <summary>On a variable definition.</summary>
    VARIABLE_DEFINITION,

    /// <summary>On a schema definition.</summary>
    SCHEMA,

    /// <summary>On a scalar definition.</summary>
    SCALAR,

    /// <summary>On an object type definition.</summary>
    OBJECT,

    /// <summary>On a field definition.</summary>
    FIELD_DEFINITION,

    /// <summary>On an argument definition.</summary>
    ARGUMENT_DEFINITION,

    /// <summary>On an interface definition.</summary>
    INTERFACE,

    /// <summary>On a union definition.</summary>
    UNION,

    /// <summary>On an enum definition.</summary>
    ENUM,

    /// <summary>On an enum value definition.</summary>
    ENUM_VALUE,

    /// <summary>On an input object definition.</summary>
    INPUT_OBJECT,

    /// <summary>On an input field definition.</summary>
    INPUT_FIELD_DEFINITION,
}
