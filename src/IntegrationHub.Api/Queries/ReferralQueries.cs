using System.Globalization;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Referrals;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for referrals and their lookup by id. Both see only referrals of households in
/// the caller's MOU area. An agency's caller sees the referrals of every agency there, not only its own: the
/// referrals of a household are part of its case, which agencies working on it coordinate on (who else is helping,
/// what was declined); <c>where.agency</c> narrows the list to one agency's work.</summary>
public static class ReferralQueries
{
    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields =>
    [
        new FieldDefinition("referral", ReferralGraphType.Type,
            [new InputValueDefinition("id", new NonNullType(SpecifiedScalars.ID), description: "The referral's global id.")],
            async context => await HubLoaders.ReferralAsync(context, GlobalId.DecodeKey((string)context.Arguments["id"]!, ReferralGraphType.Name)),
            "The referral with this id; null when there is none in the caller's area."),
        new FieldDefinition("referrals", ReferralConnectionGraphType.Connection,
            [
                new InputValueDefinition("where", ReferralFilterGraphType.Type,
                    description: "Only the referrals that meet every condition given; all referrals in the caller's area when absent."),
                new InputValueDefinition("first", new NonNullType(SpecifiedScalars.Int),
                    Parser.ParseConstValue(PageSize.Default.ToString(CultureInfo.InvariantCulture)),
                    $"How many referrals the page holds, 0 to {PageSize.Maximum}."),
                new InputValueDefinition("after", SpecifiedScalars.String,
                    description: "Start after this cursor (an endCursor or edge cursor of an earlier page); from the first referral when absent."),
            ],
            ReferralsAsync,
            "Referrals (การส่งต่อ) of households in the caller's area, page by page in a stable order, with forward cursors."),
    ];

    private static async ValueTask<object?> ReferralsAsync(IResolverContext context)
    {
        var filter = ReferralFilter.From(context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>);
        var first = PageSize.Check((int)context.Arguments["first"]!);
        var afterKey = ReferralPage.AfterKey(context.Arguments.GetValueOrDefault("after") as string);
        return await ReferralPage.LoadAsync(
            RequestDatabase.Of(context), RequestCaller.Of(context).Area, filter, first, afterKey, context.CancellationToken);
    }
}
