using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for referrals and their lookup by id.</summary>
public static class ReferralQueries
{
    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields => [];
}
