using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The cursor connection of households (<c>HouseholdConnection</c>, <c>HouseholdEdge</c>,
/// <c>PageInfo</c>) after the GraphQL Cursor Connections specification, forward paging only.</summary>
public static class HouseholdConnectionGraphType
{
    /// <summary>Where a page ends and whether another follows.</summary>
    public static ObjectType PageInfo { get; } = new(
        "PageInfo",
        () =>
        [
            new FieldDefinition("hasNextPage", new NonNullType(SpecifiedScalars.Boolean),
                resolver: Resolve.From<HouseholdPage>(page => page.HasNextPage),
                description: "Whether more items follow this page."),
            new FieldDefinition("endCursor", SpecifiedScalars.String,
                resolver: Resolve.From<HouseholdPage>(page => page.EndCursor),
                description: "The cursor to pass as after for the next page; null when the page is empty."),
        ],
        description: "Where a page ends and whether another follows.");

    /// <summary>A household on a page, with the cursor after it.</summary>
    public static ObjectType Edge { get; } = new(
        "HouseholdEdge",
        () =>
        [
            new FieldDefinition("cursor", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<HouseholdRow>(h => KeysetCursor.Encode(h.Id)),
                description: "An opaque cursor: pass it as after to continue from this household."),
            new FieldDefinition("node", new NonNullType(HouseholdGraphType.Type),
                resolver: Resolve.From<HouseholdRow>(h => h),
                description: "The household."),
        ],
        description: "A household on a page, with its cursor.");

    /// <summary>A page of households.</summary>
    public static ObjectType Connection { get; } = new(
        "HouseholdConnection",
        () =>
        [
            new FieldDefinition("edges", new NonNullType(new ListType(new NonNullType(Edge))),
                resolver: Resolve.From<HouseholdPage>(page => page.Households),
                description: "The households on the page with their cursors."),
            new FieldDefinition("nodes", new NonNullType(new ListType(new NonNullType(HouseholdGraphType.Type))),
                resolver: Resolve.From<HouseholdPage>(page => page.Households),
                description: "The households on the page, when no cursor but the last is needed."),
            new FieldDefinition("pageInfo", new NonNullType(PageInfo),
                resolver: Resolve.From<HouseholdPage>(page => page),
                description: "Where the page ends and whether another follows."),
            new FieldDefinition("totalCount", new NonNullType(SpecifiedScalars.Int),
                resolver: Resolve.FromAsync<HouseholdPage, int>((context, page) => page.CountAsync(context.CancellationToken)),
                description: "How many households match the filter across all pages; costs one count query, so select it only when needed."),
        ],
        description: "A page of households (ครัวเรือน) in key order, with forward cursors.");
}
