using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Referral</c> object type. Every field is nullable: each is guarded by the
/// <c>referral.read</c> scope (policies/catalogue.yaml).</summary>
public static class ReferralGraphType
{
    /// <summary>The type's name.</summary>
    public const string Name = "Referral";

    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        Name,
        () =>
        [
            new FieldDefinition("id", SpecifiedScalars.ID,
                resolver: Resolve.From<ReferralRow>(r => Identity.GlobalId.Encode(Name, r.Id)),
                description: NodeGraphType.IdDescription),
            new FieldDefinition("dimension", HubEnumTypes.ProblemDimension,
                resolver: Resolve.From<ReferralRow>(r => r.Dimension),
                description: "The problem dimension the referral addresses (มิติปัญหา)."),
            new FieldDefinition("agency", SpecifiedScalars.String,
                resolver: Resolve.From<ReferralRow>(r => r.AgencyCode),
                description: "The code of the agency referred to (หน่วยงานรับเรื่อง), as policies/agencies.yaml spells it."),
            new FieldDefinition("referrerAgency", SpecifiedScalars.String,
                resolver: Resolve.From<ReferralRow>(r => r.ReferrerAgencyCode),
                description: "The code of the agency that made the referral (หน่วยงานผู้ส่งต่อ); null when the hub itself recorded it."),
            new FieldDefinition("programme", SpecifiedScalars.String,
                resolver: Resolve.From<ReferralRow>(r => r.Programme),
                description: "The agency's programme the household was referred to (โครงการ)."),
            new FieldDefinition("status", HubEnumTypes.ReferralStatus,
                resolver: Resolve.From<ReferralRow>(r => r.Status),
                description: "Where the referral is in its lifecycle (สถานะการส่งต่อ)."),
            new FieldDefinition("submittedAt", DateTimeScalar.Instance,
                resolver: Resolve.From<ReferralRow>(r => r.SubmittedAt),
                description: "When the referral was submitted (วันเวลาส่งต่อ)."),
            new FieldDefinition("updatedAt", DateTimeScalar.Instance,
                resolver: Resolve.From<ReferralRow>(r => r.UpdatedAt),
                description: "When the referral last changed: a step of its lifecycle or help recorded."),
            new FieldDefinition("household", HouseholdGraphType.Type,
                resolver: Resolve.FromAsync<ReferralRow, HouseholdRow?>((context, r) => HubLoaders.HouseholdAsync(context, r.HouseholdId)),
                description: "The household referred (ครัวเรือนที่ถูกส่งต่อ)."),
            new FieldDefinition("assistance", new ListType(new NonNullType(AssistanceRecordGraphType.Type)),
                resolver: Resolve.FromAsync<ReferralRow, IReadOnlyList<AssistanceRow>>((context, r) => HubLoaders.AssistanceOfAsync(context, r.Id)),
                description: "The help given on the referral (ผลการช่วยเหลือ), in the order it was recorded."),
        ],
        () => [NodeGraphType.Interface],
        "A household referred to a partner agency's programme for one problem dimension (การส่งต่อ).");
}
