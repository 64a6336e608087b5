namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Who may query the schema through <c>__schema</c> and <c>__type</c> (GraphQL spec section 4).</summary>
public enum IntrospectionMode
{
    /// <summary>Everyone may.</summary>
    On,

    /// <summary>No one may; the schema is published some other way.</summary>
    Off,

    /// <summary>Only callers for whom <see cref="GraphQLHttpOptions.IntrospectionPermission"/> returns true may.</summary>
    RequirePermission,
}
