using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Member</c> object type. Every field is nullable: each is guarded by an MOU scope
/// (policies/catalogue.yaml), and a field denied must become null on its own, never erase its siblings.</summary>
public static class MemberGraphType
{
    /// <summary>The type's name, which global ids of members carry.</summary>
    public const string Name = "Member";

    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        Name,
        () =>
        [
            new FieldDefinition("id", SpecifiedScalars.ID,
                resolver: Resolve.From<MemberRow>(m => GlobalId.Encode(Name, m.Id)),
                description: NodeGraphType.IdDescription),
            new FieldDefinition("nationalId", SpecifiedScalars.String,
                resolver: Resolve.From<MemberRow>(m => m.NationalId),
                description: "The thirteen-digit national ID (เลขประจำตัวประชาชน); an MOU may mask it."),
            new FieldDefinition("firstName", SpecifiedScalars.String,
                resolver: Resolve.From<MemberRow>(m => m.FirstNameTh),
                description: "Given name in Thai (ชื่อ)."),
            new FieldDefinition("lastName", SpecifiedScalars.String,
                resolver: Resolve.From<MemberRow>(m => m.LastNameTh),
                description: "Family name in Thai (นามสกุล)."),
            new FieldDefinition("birthDate", DateScalar.Instance,
                resolver: Resolve.From<MemberRow>(m => m.BirthDate),
                description: "Date of birth (วันเกิด)."),
            new FieldDefinition("birthYear", SpecifiedScalars.Int,
                resolver: Resolve.From<MemberRow>(m => m.BirthDate.Year),
                description: "Year of birth (ปีเกิด, Gregorian): enough to tell an age band, for agencies whose MOU does not grant the full date."),
            new FieldDefinition("sex", HubEnumTypes.Sex,
                resolver: Resolve.From<MemberRow>(m => m.Sex),
                description: "Sex as recorded in the civil registry (เพศ)."),
            new FieldDefinition("relationToHead", HubEnumTypes.RelationToHead,
                resolver: Resolve.From<MemberRow>(m => m.Relation),
                description: "Relation to the head of the household (ความสัมพันธ์กับหัวหน้าครัวเรือน)."),
            new FieldDefinition("educationLevel", HubEnumTypes.EducationLevel,
                resolver: Resolve.From<MemberRow>(m => m.Education),
                description: "The highest level of schooling completed or attended (ระดับการศึกษา)."),
            new FieldDefinition("schoolEnrolment", SpecifiedScalars.Boolean,
                resolver: Resolve.From<MemberRow>(m => m.InSchool),
                description: "Whether the member is in school now (กำลังศึกษา)."),
            new FieldDefinition("occupation", SpecifiedScalars.String,
                resolver: Resolve.From<MemberRow>(m => m.Occupation),
                description: "Main occupation in the member's own words (อาชีพหลัก); null when none."),
            new FieldDefinition("annualIncomeBaht", SpecifiedScalars.Float,
                // Float because GraphQL has no decimal; two-decimal baht amounts below 10^10 are exact enough.
                resolver: Resolve.From<MemberRow>(m => (double)m.AnnualIncome),
                description: "The member's income over the last twelve months, in baht (รายได้ต่อปี), as surveyed."),
            new FieldDefinition("healthCondition", HubEnumTypes.HealthCondition,
                resolver: Resolve.From<MemberRow>(m => m.Health),
                description: "The member's health as surveyed (ภาวะสุขภาพ). Sensitive data under PDPA section 26."),
            new FieldDefinition("disability", HubEnumTypes.Disability,
                resolver: Resolve.From<MemberRow>(m => m.Disability),
                description: "The member's disability, in the categories of the disability card (ความพิการ). Sensitive data under PDPA section 26."),
        ],
        () => [NodeGraphType.Interface],
        "A person in a household (สมาชิกครัวเรือน).");
}
