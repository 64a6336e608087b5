using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The enumerations of the hub's schema. Each GraphQL value maps to one member of the data model's
/// enumeration, named in SCREAMING_SNAKE_CASE as GraphQL convention has it; the names are part of the public
/// contract, so they are written out here rather than derived from the C# names.</summary>
public static class HubEnumTypes
{
    /// <summary>The programme group of a household.</summary>
    public static EnumType HouseholdGroup { get; } = new(
        "HouseholdGroup",
        [
            new("DESTITUTE", Data.Model.HouseholdGroup.Destitute,
                "Destitute (ยากไร้): cannot help themselves; referred to welfare."),
            new("OPPORTUNITY_LACKING", Data.Model.HouseholdGroup.OpportunityLacking,
                "Lacking opportunity, indebted or vulnerable (ขาดโอกาส / มีหนี้สิน / เปราะบาง): offered livelihood and income support."),
        ],
        "The group the precision poverty-alleviation programme sorts a household into (กลุ่มครัวเรือน); it decides the kind of help.");

    /// <summary>Whether a household is still in the programme.</summary>
    public static EnumType HouseholdStatus { get; } = new(
        "HouseholdStatus",
        [
            new("ACTIVE", Data.Model.HouseholdStatus.Active, "In the programme."),
            new("EXITED", Data.Model.HouseholdStatus.Exited, "Taken out of the programme (นำออก)."),
        ],
        "Whether a household is still in the programme (สถานะครัวเรือน).");

    /// <summary>Whether the field team has confirmed a household.</summary>
    public static EnumType VerificationStatus { get; } = new(
        "VerificationStatus",
        [
            new("PENDING", Data.Model.VerificationStatus.Pending, "Not yet visited or contacted (รอตรวจสอบ)."),
            new("VERIFIED", Data.Model.VerificationStatus.Verified, "Confirmed as described (ตรวจสอบแล้ว)."),
            new("REJECTED", Data.Model.VerificationStatus.Rejected,
                "Visited or contacted and found not to match: moved, not poor or not found (ไม่ผ่านการตรวจสอบ)."),
        ],
        "Whether the field team has confirmed a household's situation (การทวนสอบข้อมูล).");

    /// <summary>Sex as recorded in the civil registry.</summary>
    public static EnumType Sex { get; } = new(
        "Sex",
        [
            new("MALE", Data.Model.Sex.Male, "Male (ชาย)."),
            new("FEMALE", Data.Model.Sex.Female, "Female (หญิง)."),
        ],
        "Sex as recorded in the civil registry (เพศ).");

    /// <summary>A member's relation to the head of the household.</summary>
    public static EnumType RelationToHead { get; } = new(
        "RelationToHead",
        [
            new("HEAD", Data.Model.RelationToHead.Head, "The head of the household (หัวหน้าครัวเรือน)."),
            new("SPOUSE", Data.Model.RelationToHead.Spouse, "Husband or wife of the head (คู่สมรส)."),
            new("CHILD", Data.Model.RelationToHead.Child, "Son or daughter, also adopted or step-child (บุตร)."),
            new("PARENT", Data.Model.RelationToHead.Parent, "Father or mother (บิดา / มารดา)."),
            new("GRANDCHILD", Data.Model.RelationToHead.Grandchild, "Grandchild (หลาน)."),
            new("SIBLING", Data.Model.RelationToHead.Sibling, "Brother or sister (พี่น้อง)."),
            new("OTHER_RELATIVE", Data.Model.RelationToHead.OtherRelative, "Any other relative (ญาติอื่น)."),
            new("NOT_RELATED", Data.Model.RelationToHead.NotRelated, "Living in the household, not related (ผู้อาศัย)."),
        ],
        "A member's relation to the head of the household (ความสัมพันธ์กับหัวหน้าครัวเรือน).");

    /// <summary>The highest level of schooling a member has completed or is in.</summary>
    public static EnumType EducationLevel { get; } = new(
        "EducationLevel",
        [
            new("NONE", Data.Model.EducationLevel.None, "No schooling (ไม่ได้เรียน)."),
            new("PRE_PRIMARY", Data.Model.EducationLevel.PrePrimary, "Kindergarten (อนุบาล)."),
            new("PRIMARY", Data.Model.EducationLevel.Primary, "Primary, P1 to P6 (ประถมศึกษา)."),
            new("LOWER_SECONDARY", Data.Model.EducationLevel.LowerSecondary, "Lower secondary, M1 to M3 (มัธยมศึกษาตอนต้น)."),
            new("UPPER_SECONDARY", Data.Model.EducationLevel.UpperSecondary, "Upper secondary, M4 to M6 (มัธยมศึกษาตอนปลาย)."),
            new("VOCATIONAL", Data.Model.EducationLevel.Vocational, "Vocational certificate or diploma (ปวช. / ปวส.)."),
            new("TERTIARY", Data.Model.EducationLevel.Tertiary, "Bachelor's degree or higher (ปริญญาตรีขึ้นไป)."),
        ],
        "The highest level of schooling a member has completed or is in (ระดับการศึกษา).");

    /// <summary>The five dimensions on which problems are recorded and referred.</summary>
    public static EnumType ProblemDimension { get; } = new(
        "ProblemDimension",
        [
            new("HEALTH", Data.Model.ProblemDimension.Health, "Health (สุขภาพ)."),
            new("LIVING_CONDITIONS", Data.Model.ProblemDimension.LivingConditions,
                "Living conditions: housing, water, sanitation (ความเป็นอยู่)."),
            new("EDUCATION", Data.Model.ProblemDimension.Education, "Education (การศึกษา)."),
            new("INCOME", Data.Model.ProblemDimension.Income, "Income (รายได้)."),
            new("PUBLIC_SERVICES", Data.Model.ProblemDimension.PublicServices, "Access to public services (การเข้าถึงบริการรัฐ)."),
        ],
        "The five dimensions on which a household's problems are recorded and referred (มิติปัญหา).");

    /// <summary>Where a referral is in its lifecycle.</summary>
    public static EnumType ReferralStatus { get; } = new(
        "ReferralStatus",
        [
            new("SUBMITTED", Data.Model.ReferralStatus.Submitted, "Sent to the agency, not yet answered (ส่งต่อแล้ว)."),
            new("ACCEPTED", Data.Model.ReferralStatus.Accepted, "The agency took the case (รับเรื่องแล้ว)."),
            new("IN_PROGRESS", Data.Model.ReferralStatus.InProgress, "The agency is helping (อยู่ระหว่างดำเนินการ)."),
            new("ASSISTED", Data.Model.ReferralStatus.Assisted, "Help was given; the assistance records say what (ช่วยเหลือแล้ว)."),
            new("DECLINED", Data.Model.ReferralStatus.Declined, "The agency declined the case (ปฏิเสธ)."),
            new("CLOSED", Data.Model.ReferralStatus.Closed, "Finished; no further change (ปิดเรื่อง)."),
        ],
        "Where a referral is in its lifecycle (สถานะการส่งต่อ): submitted, accepted, in progress, then assisted or declined, then closed.");

    /// <summary>How the field team verified a household.</summary>
    public static EnumType VerificationMethod { get; } = new(
        "VerificationMethod",
        [
            new("ON_SITE", Data.Model.VerificationMethod.OnSite, "A visit to the house (ลงพื้นที่)."),
            new("ONLINE", Data.Model.VerificationMethod.Online, "By phone or video, without a visit (ออนไลน์)."),
        ],
        "How the field team verified a household (วิธีการทวนสอบ).");

    /// <summary>A member's health as the field survey records it.</summary>
    public static EnumType HealthCondition { get; } = new(
        "HealthCondition",
        [
            new("HEALTHY", HealthStatus.Healthy, "Healthy (สุขภาพปกติ)."),
            new("CHRONIC_ILLNESS", HealthStatus.ChronicIllness,
                "Living with a chronic illness but able to look after themselves (ป่วยเรื้อรัง)."),
            new("DEPENDENT", HealthStatus.Dependent,
                "Dependent on others for daily living, bedridden included (พึ่งพิง / ติดเตียง)."),
        ],
        "A member's health as the field survey records it (ภาวะสุขภาพ). Sensitive data under PDPA section 26.");

    /// <summary>A member's disability in the categories of the disability card.</summary>
    public static EnumType Disability { get; } = new(
        "Disability",
        [
            new("NONE", Data.Model.Disability.None, "No disability (ไม่พิการ)."),
            new("VISUAL", Data.Model.Disability.Visual, "Seeing (ทางการเห็น)."),
            new("HEARING", Data.Model.Disability.Hearing, "Hearing or communication (ทางการได้ยินหรือสื่อความหมาย)."),
            new("PHYSICAL", Data.Model.Disability.Physical, "Movement or body (ทางการเคลื่อนไหวหรือทางร่างกาย)."),
            new("MENTAL", Data.Model.Disability.Mental, "Mental or behavioural (ทางจิตใจหรือพฤติกรรม)."),
            new("INTELLECTUAL", Data.Model.Disability.Intellectual, "Intellectual (ทางสติปัญญา)."),
            new("LEARNING", Data.Model.Disability.Learning, "Learning (ทางการเรียนรู้)."),
            new("AUTISM", Data.Model.Disability.Autism, "Autism (ออทิสติก)."),
            new("MULTIPLE", Data.Model.Disability.Multiple, "More than one of the above (พิการซ้ำซ้อน)."),
        ],
        "A member's disability in the categories of the disability card (ประเภทความพิการ). Sensitive data under PDPA section 26.");

    /// <summary>What a household list can be sorted by.</summary>
    public static EnumType HouseholdOrderField { get; } = new(
        "HouseholdOrderField",
        [
            new("ID", Loading.HouseholdOrderField.Id, "The household's key, which ascends in the order households were added."),
            new("UPDATED_AT", Loading.HouseholdOrderField.UpdatedAt,
                "When the record last changed. A household changed while a client pages moves to its new place, so it may appear again on a later page: what incremental synchronisation wants."),
            new("HOUSEHOLD_CODE", Loading.HouseholdOrderField.HouseholdCode,
                "The survey's household code (รหัสครัวเรือน); households without one sort as the empty code, first when ascending."),
            new("AREA_CODE", Loading.HouseholdOrderField.AreaCode, "The village code (รหัสหมู่บ้าน), so households of one area come together."),
        ],
        "What a household list can be sorted by; ties are always broken by the household's key.");

    /// <summary>The direction of one sort key.</summary>
    public static EnumType OrderDirection { get; } = new(
        "OrderDirection",
        [
            new("ASC", Paging.SortDirection.Ascending, "Smallest first: earliest, lowest, A to Z."),
            new("DESC", Paging.SortDirection.Descending, "Largest first: latest, highest, Z to A."),
        ],
        "The direction of one sort key.");
}
