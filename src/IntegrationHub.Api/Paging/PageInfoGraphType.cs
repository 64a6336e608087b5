using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Paging;

/// <summary>The one <c>PageInfo</c> type of every connection (GraphQL Cursor Connections specification, forward
/// paging only), resolved from any <see cref="IPageInfo"/>.</summary>
public static class PageInfoGraphType
{
    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        "PageInfo",
        () =>
        [
            new FieldDefinition("hasNextPage", new NonNullType(SpecifiedScalars.Boolean),
                resolver: Resolve.From<IPageInfo>(page => page.HasNextPage),
                description: "Whether more items follow this page."),
            new FieldDefinition("endCursor", SpecifiedScalars.String,
                resolver: Resolve.From<IPageInfo>(page => page.EndCursor),
                description: "The cursor to pass as after for the next page; null when the page is empty."),
        ],
        description: "Where a page ends and whether another follows.");
}
