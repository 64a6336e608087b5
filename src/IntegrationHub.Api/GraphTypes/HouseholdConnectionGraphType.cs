using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The cursor connection of households (<c>HouseholdConnection</c>, <c>HouseholdEdge</c>, and the shared
/// <c>PageInfo</c>) after the GraphQL Cursor Connections specification, forward paging only.</summary>
public static class HouseholdConnectionGraphType
{
    /// <summary>A household on a page, with the cursor after it.</summary>
    public static ObjectType Edge { get; } = new(
        "HouseholdEdge",
        () =>
        [
            new FieldDefinition("cursor", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<HouseholdEdge>(e => e.Cursor),
                description: "An opaque cursor: pass it as after to continue from this household."),
            new FieldDefinition("node", new NonNullType(HouseholdGraphType.Type),
                resolver: Resolve.From<HouseholdEdge>(e => e.Node),
                description: "The household."),
        ],
        description: "A household on a page, with its cursor.");

    /// <summary>A page of households.</summary>
    public static ObjectType Connection { get; } = new(
        "HouseholdConnection",
        () =>
        [
            new FieldDefinition("edges", new NonNullType(new ListType(new NonNullType(Edge))),
                resolver: Resolve.From<HouseholdPage>(page => page.Edges),
                description: "The households on the page with their cursors."),
            new FieldDefinition("nodes", new NonNullType(new ListType(new NonNullType(HouseholdGraphType.Type))),
                resolver: Resolve.From<HouseholdPage>(page => page.Households),
                description: "The households on the page, when no cursor but the last is needed."),
            new FieldDefinition("pageInfo", new NonNullType(PageInfoGraphType.Type),
                resolver: Resolve.From<HouseholdPage>(page => page),
                description: "Where the page ends and whether another follows."),
            new FieldDefinition("totalCount", new NonNullType(SpecifiedScalars.Int),
                resolver: Resolve.FromAsync<HouseholdPage, int>((context, page) => page.CountAsync(context.CancellationToken)),
                description: "How many households match the filter across all pages; costs one count query, so select it only when needed."),
        ],
        description: "A page of households (ครัวเรือน) in the requested order, with forward cursors.");
}
