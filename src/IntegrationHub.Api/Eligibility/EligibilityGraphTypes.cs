using IntegrationHub.Api.Paging;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Eligibility;

/// <summary>The types of the eligibility lists: an entry per member (<c>EligibleMember</c>) or per household
/// (<c>EligibleHousehold</c>), each with a cursor connection after the GraphQL Cursor Connections specification,
/// forward paging only. Fields that show personal or health data about an entry are nullable, so that an MOU
/// scope can deny them alone.</summary>
public static class EligibilityGraphTypes
{
    /// <summary>Why an entry is on its list.</summary>
    public static EnumType Criterion { get; } = new(
        "EligibilityCriterion",
        [
            new("ADULT", EligibilityCriterion.Adult, "At least the list's minimum age on the as-of day (บรรลุนิติภาวะ), welfare card."),
            new("INCOME_WITHIN_LIMIT", EligibilityCriterion.IncomeWithinLimit,
                "Own income over the last twelve months at most the list's limit (รายได้ไม่เกินเกณฑ์), welfare card."),
            new("NO_WELFARE_CARD", EligibilityCriterion.NoWelfareCard, "Holds no state welfare card yet (ยังไม่มีบัตรสวัสดิการแห่งรัฐ)."),
            new("SCHOOL_AGE", EligibilityCriterion.SchoolAge, "Within the list's age range on the as-of day (วัยเรียน), EEF."),
            new("HOUSEHOLD_INCOME_PER_PERSON_WITHIN_LIMIT", EligibilityCriterion.HouseholdIncomePerPersonWithinLimit,
                "The household's income per person per month at most the list's limit (รายได้เฉลี่ยต่อคนต่อเดือนไม่เกินเกณฑ์), EEF."),
            new("LIVING_CONDITIONS_PROBLEM", EligibilityCriterion.LivingConditionsProblem,
                "A problem recorded on the living-conditions dimension (ปัญหาด้านความเป็นอยู่), CODI housing."),
            new("CHRONIC_ILLNESS", EligibilityCriterion.ChronicIllness, "A member has a chronic illness (ผู้ป่วยเรื้อรัง), Poh Teck Tung."),
            new("DEPENDENT", EligibilityCriterion.Dependent, "A member depends on others for daily living (ผู้มีภาวะพึ่งพิง), Poh Teck Tung."),
            new("DISABILITY", EligibilityCriterion.Disability, "A member has a disability (คนพิการ), Poh Teck Tung."),
            new("HEALTH_PROBLEM", EligibilityCriterion.HealthProblem, "A problem recorded on the health dimension (ปัญหาด้านสุขภาพ), Poh Teck Tung."),
        ],
        "A criterion an entry of an eligibility list meets (เกณฑ์คุณสมบัติ).");

    /// <summary>A member on a member list.</summary>
    public static ObjectType Member { get; } = new(
        "EligibleMember",
        () =>
        [
            new FieldDefinition("memberId", new NonNullType(SpecifiedScalars.ID),
                resolver: Resolve.From<EligibleMember>(e => GlobalId.Encode(MemberGraphType.Name, e.MemberId)),
                description: "The member's global id."),
            new FieldDefinition("member", MemberGraphType.Type,
                resolver: Resolve.FromAsync<EligibleMember, MemberRow?>((context, e) => HubLoaders.MemberAsync(context, e.MemberId)),
                description: "The member (สมาชิก), with the fields the caller's MOU opens."),
            new FieldDefinition("householdId", new NonNullType(SpecifiedScalars.ID),
                resolver: Resolve.From<EligibleMember>(e => GlobalId.Encode(HouseholdGraphType.Name, e.HouseholdId)),
                description: "The member's household's global id."),
            new FieldDefinition("household", HouseholdGraphType.Type,
                resolver: Resolve.FromAsync<EligibleMember, HouseholdRow?>((context, e) => HubLoaders.HouseholdAsync(context, e.HouseholdId)),
                description: "The member's household (ครัวเรือน)."),
            new FieldDefinition("areaCode", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<EligibleMember>(e => e.AreaCode),
                description: "The eight-digit code of the household's village (รหัสหมู่บ้าน); its first 2, 4 and 6 digits are the province, district and subdistrict."),
            new FieldDefinition("age", SpecifiedScalars.Int,
                resolver: Resolve.From<EligibleMember>(e => e.Age),
                description: "Age (อายุ) in whole years on the list's as-of day."),
            new FieldDefinition("inSchool", SpecifiedScalars.Boolean,
                resolver: Resolve.From<EligibleMember>(e => e.InSchool),
                description: "Whether the member is in school now (กำลังเรียน); the EEF list holds children in school and out of it."),
            new FieldDefinition("criteria", new ListType(new NonNullType(Criterion)),
                resolver: Resolve.From<EligibleMember>(e => e.Criteria),
                description: "Why the member is on the list: every criterion of the list, all of which hold."),
        ],
        description: "A member on an eligibility list (ผู้มีสิทธิ์), ordered by the member's key.");

    /// <summary>A household on a household list.</summary>
    public static ObjectType Household { get; } = new(
        "EligibleHousehold",
        () =>
        [
            new FieldDefinition("householdId", new NonNullType(SpecifiedScalars.ID),
                resolver: Resolve.From<EligibleHousehold>(e => GlobalId.Encode(HouseholdGraphType.Name, e.HouseholdId)),
                description: "The household's global id."),
            new FieldDefinition("household", HouseholdGraphType.Type,
                resolver: Resolve.FromAsync<EligibleHousehold, HouseholdRow?>((context, e) => HubLoaders.HouseholdAsync(context, e.HouseholdId)),
                description: "The household (ครัวเรือน), with the fields the caller's MOU opens."),
            new FieldDefinition("areaCode", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<EligibleHousehold>(e => e.AreaCode),
                description: "The eight-digit code of the household's village (รหัสหมู่บ้าน); its first 2, 4 and 6 digits are the province, district and subdistrict."),
            new FieldDefinition("criteria", new ListType(new NonNullType(Criterion)),
                resolver: Resolve.From<EligibleHousehold>(e => e.Criteria),
                description: "Why the household is on the list: the criteria that hold (any one suffices on the Poh Teck Tung list). Health data (PDPA section 26) on that list."),
        ],
        description: "A household on an eligibility list (ครัวเรือนที่มีสิทธิ์), ordered by the household's key.");

    /// <summary>A page of a member list.</summary>
    public static ObjectType MemberConnection { get; } = Connection<EligibleMember>("EligibleMember", Member, "members");

    /// <summary>A page of a household list.</summary>
    public static ObjectType HouseholdConnection { get; } = Connection<EligibleHousehold>("EligibleHousehold", Household, "households");

    private static ObjectType Connection<TEntry>(string entryName, ObjectType entry, string plural)
        where TEntry : IEligibilityEntry
    {
        var edge = new ObjectType(
            entryName + "Edge",
            () =>
            [
                new FieldDefinition("cursor", new NonNullType(SpecifiedScalars.String),
                    resolver: Resolve.From<(EligibilityPage<TEntry> Page, TEntry Entry)>(e => e.Page.CursorOf(e.Entry)),
                    description: "An opaque cursor: pass it as after to continue after this entry."),
                new FieldDefinition("node", new NonNullType(entry),
                    resolver: Resolve.From<(EligibilityPage<TEntry> Page, TEntry Entry)>(e => e.Entry),
                    description: "The entry."),
            ],
            description: "An entry on a page, with its cursor.");
        return new ObjectType(
            entryName + "Connection",
            () =>
            [
                new FieldDefinition("edges", new NonNullType(new ListType(new NonNullType(edge))),
                    resolver: Resolve.From<EligibilityPage<TEntry>>(page => page.Entries.Select(e => (page, e)).ToList()),
                    description: "The entries on the page with their cursors."),
                new FieldDefinition("nodes", new NonNullType(new ListType(new NonNullType(entry))),
                    resolver: Resolve.From<EligibilityPage<TEntry>>(page => page.Entries),
                    description: "The entries on the page, when no cursor but the last is needed."),
                new FieldDefinition("pageInfo", new NonNullType(PageInfoGraphType.Type),
                    resolver: Resolve.From<EligibilityPage<TEntry>>(page => page),
                    description: "Where the page ends and whether another follows."),
                new FieldDefinition("asOf", new NonNullType(DateScalar.Instance),
                    resolver: Resolve.From<EligibilityPage<TEntry>>(page => page.AsOf),
                    description: "The day (Asia/Bangkok) the list was drawn up for: ages are on this day and the policy is the one in force on it."),
                new FieldDefinition("totalCount", new NonNullType(SpecifiedScalars.Int),
                    resolver: Resolve.FromAsync<EligibilityPage<TEntry>, int>((context, page) => page.CountAsync(context.CancellationToken)),
                    description: $"How many {plural} the whole list holds in the caller's area; costs one count query, so select it only when needed."),
            ],
            description: $"A page of an eligibility list of {plural}, in key order, with forward cursors.");
    }
}
