using System.Globalization;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Eligibility;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for the eligibility lists welfare systems pull: one connection per list, paged
/// by key, within the caller's area, on an as-of day. The criteria are in <see cref="EligibilityRules"/>, the
/// thresholds in <c>policies/eligibility/</c>.</summary>
public static class EligibilityQueries
{
    /// <summary>The error code of an as-of day before the list's policy took effect.</summary>
    public const string PolicyNotInForceCode = "POLICY_NOT_IN_FORCE";

    /// <summary>Thailand's offset from UTC, fixed (no daylight saving since 1920): the as-of day defaults to the
    /// Asia/Bangkok calendar day, as the lists' policies are written in it.</summary>
    private static readonly TimeSpan BangkokOffset = TimeSpan.FromHours(7);

    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields =>
    [
        new FieldDefinition("welfareCardEligibility", EligibilityGraphTypes.MemberConnection, Arguments("members"),
            context => ListAsync(context, EligibilityLists.MemberOrdering, policies => policies.WelfareCard.Policy, (database, area, policies, asOf, after, first) =>
                EligibilityLists.WelfareCardAsync(database, area, policies.WelfareCard, asOf, after, first, context.CancellationToken)),
            "The state welfare card list (บัตรสวัสดิการแห่งรัฐ) for the Ministry of Finance: members of verified households still in the programme who are adults on the as-of day, whose own annual income is at most the limit, and who hold no card yet (policies/eligibility/welfare-card.yaml)."),
        new FieldDefinition("eefEligibility", EligibilityGraphTypes.MemberConnection, Arguments("members"),
            context => ListAsync(context, EligibilityLists.MemberOrdering, policies => policies.Eef.Policy, (database, area, policies, asOf, after, first) =>
                EligibilityLists.EefAsync(database, area, policies.Eef, asOf, after, first, context.CancellationToken)),
            "The Equitable Education Fund list (กสศ.): children and young people of verified households still in the programme, within the age range on the as-of day, in school or out of it, whose household's income per person per month is at most the limit (policies/eligibility/eef.yaml)."),
        new FieldDefinition("codiHousingEligibility", EligibilityGraphTypes.HouseholdConnection, Arguments("households"),
            context => ListAsync(context, EligibilityLists.HouseholdOrdering, policies => policies.CodiHousing, (database, area, _, asOf, after, first) =>
                EligibilityLists.CodiHousingAsync(database, area, asOf, after, first, context.CancellationToken)),
            "The CODI housing list (พอช.): verified households still in the programme with a problem recorded on the living-conditions dimension (policies/eligibility/codi-housing.yaml)."),
        new FieldDefinition("pohTeckTungEligibility", EligibilityGraphTypes.HouseholdConnection, Arguments("households"),
            context => ListAsync(context, EligibilityLists.HouseholdOrdering, policies => policies.PohTeckTung, (database, area, _, asOf, after, first) =>
                EligibilityLists.PohTeckTungAsync(database, area, asOf, after, first, context.CancellationToken)),
            "The Poh Teck Tung health list (มูลนิธิป่อเต็กตึ๊ง): verified households still in the programme with a chronically ill, dependent or disabled member, or a problem recorded on the health dimension (policies/eligibility/poh-teck-tung.yaml)."),
    ];

    private static IReadOnlyList<InputValueDefinition> Arguments(string entries) =>
    [
        new("first", new NonNullType(SpecifiedScalars.Int),
            Parser.ParseConstValue(PageSize.Default.ToString(CultureInfo.InvariantCulture)),
            $"How many {entries} the page holds, 0 to {PageSize.Maximum}."),
        new("after", SpecifiedScalars.String,
            description: "Start after this cursor (an endCursor or edge cursor of an earlier page of the same list); from the start when absent."),
        new("asOf", DateScalar.Instance,
            description: "The day (Asia/Bangkok calendar) to draw the list up for: ages are taken on it. Today in Bangkok when absent; keep it fixed while paging through one list."),
    ];

    private static async ValueTask<object?> ListAsync<TEntry>(
        IResolverContext context,
        string ordering,
        Func<EligibilityPolicies, ListPolicy> listPolicy,
        Func<RequestDatabase, CallerArea, EligibilityPolicies, DateOnly, long, int, Task<EligibilityPage<TEntry>>> load)
        where TEntry : IEligibilityEntry
    {
        var policies = EligibilityRegistration.PoliciesOf(context);
        var first = PageSize.Check((int)context.Arguments["first"]!);
        var asOf = context.Arguments.GetValueOrDefault("asOf") as DateOnly? ?? TodayInBangkok(context);
        var policy = listPolicy(policies);
        if (asOf < policy.EffectiveFrom)
        {
            // Invariant culture: under a Thai culture the dates would print in the Buddhist Era.
            throw new FieldErrorException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Argument \"asOf\" is {asOf:yyyy-MM-dd}, but the {policy.List} policy applies from {policy.EffectiveFrom:yyyy-MM-dd}: ask for a day on or after it."),
                code: PolicyNotInForceCode);
        }

        var afterKey = context.Arguments.GetValueOrDefault("after") is string cursor ? KeysetCursor.Decode(cursor, ordering, keyCount: 0).Id : 0;
        return await load(RequestDatabase.Of(context), RequestCaller.Of(context).Area, policies, asOf, afterKey, first);
    }

    private static DateOnly TodayInBangkok(IResolverContext context)
    {
        var clock = context.Services?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(BangkokOffset).DateTime);
    }
}
