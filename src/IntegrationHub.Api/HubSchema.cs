using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api;

/// <summary>The hub's GraphQL schema, built code-first from the type definitions under <c>GraphTypes/</c>. Its field
/// coordinates are the contract the MOU scope catalogue (policies/catalogue.yaml) names.</summary>
/// <remarks>Resolvers read through the <see cref="Data.HubDbContext"/> in the request's services; the executor
/// runs one request on one logical thread, so one scoped context per request is safe.</remarks>
public static class HubSchema
{
    /// <summary>The schema, built and validated once (spec section 3 rules, <see cref="SchemaValidator"/>).</summary>
    public static Schema Instance { get; } = Build();

    private static Schema Build()
    {
        var schema = new Schema(
            QueryGraphType.Type,
            MutationGraphType.Type,
            description: "IntegrationHub: verified poor-household data (ข้อมูลครัวเรือนยากจน) shared with partner agencies under signed MOUs.");
        SchemaValidator.ThrowIfInvalid(schema);
        return schema;
    }
}
