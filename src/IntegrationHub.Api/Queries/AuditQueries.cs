using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for what auditors query: audit events and the chain check.</summary>
public static class AuditQueries
{
    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields => [];
}
