using IntegrationHub.Api.Paging;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Referrals;

/// <summary>The cursor connection of referrals (<c>ReferralConnection</c>, <c>ReferralEdge</c>, and the shared
/// <c>PageInfo</c>) after the GraphQL Cursor Connections specification, forward paging only.</summary>
public static class ReferralConnectionGraphType
{
    /// <summary>A referral on a page, with the cursor after it.</summary>
    public static ObjectType Edge { get; } = new(
        "ReferralEdge",
        () =>
        [
            new FieldDefinition("cursor", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<ReferralRow>(ReferralPage.CursorOf),
                description: "An opaque cursor: pass it as after to continue from this referral."),
            new FieldDefinition("node", new NonNullType(ReferralGraphType.Type),
                resolver: Resolve.From<ReferralRow>(r => r),
                description: "The referral."),
        ],
        description: "A referral on a page, with its cursor.");

    /// <summary>A page of referrals.</summary>
    public static ObjectType Connection { get; } = new(
        "ReferralConnection",
        () =>
        [
            new FieldDefinition("edges", new NonNullType(new ListType(new NonNullType(Edge))),
                resolver: Resolve.From<ReferralPage>(page => page.Referrals),
                description: "The referrals on the page with their cursors."),
            new FieldDefinition("nodes", new NonNullType(new ListType(new NonNullType(ReferralGraphType.Type))),
                resolver: Resolve.From<ReferralPage>(page => page.Referrals),
                description: "The referrals on the page, when no cursor but the last is needed."),
            new FieldDefinition("pageInfo", new NonNullType(PageInfoGraphType.Type),
                resolver: Resolve.From<ReferralPage>(page => page),
                description: "Where the page ends and whether another follows."),
            new FieldDefinition("totalCount", new NonNullType(SpecifiedScalars.Int),
                resolver: Resolve.FromAsync<ReferralPage, int>((context, page) => page.CountAsync(context.CancellationToken)),
                description: "How many referrals match the filter in the caller's area across all pages; costs one count query, so select it only when needed."),
        ],
        description: "A page of referrals (การส่งต่อ) in key order, with forward cursors.");
}
