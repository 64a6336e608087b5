using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Household</c> object type. Every field is nullable: each is guarded by an MOU scope
/// (policies/catalogue.yaml), and a field denied must become null on its own, never erase its siblings.</summary>
public static class HouseholdGraphType
{
    /// <summary>The type's name, which global ids of households carry.</summary>
    public const string Name = "Household";

    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        Name,
        () =>
        [
            new FieldDefinition("id", SpecifiedScalars.ID,
                resolver: Resolve.From<HouseholdRow>(h => GlobalId.Encode(Name, h.Id)),
                description: NodeGraphType.IdDescription),
            new FieldDefinition("householdCode", SpecifiedScalars.String,
                resolver: Resolve.From<HouseholdRow>(h => h.HouseholdCode),
                description: "The code the provincial survey gave the household (รหัสครัวเรือน); null for a household no survey listed."),
            new FieldDefinition("group", HubEnumTypes.HouseholdGroup,
                resolver: Resolve.From<HouseholdRow>(h => h.Group),
                description: "The programme group (กลุ่มครัวเรือน), which decides the kind of help."),
            new FieldDefinition("areaCode", SpecifiedScalars.String,
                resolver: Resolve.From<HouseholdRow>(h => h.VillageCode),
                description: "The official eight-digit code of the village (รหัสหมู่บ้าน) the household lives in; its first 2, 4 and 6 digits are the province, district and subdistrict codes."),
            new FieldDefinition("address", SpecifiedScalars.String,
                resolver: Resolve.From<HouseholdRow>(h => h.Address),
                description: "The address within the village (ที่อยู่): house number, lane, road; the village is areaCode."),
            new FieldDefinition("status", HubEnumTypes.HouseholdStatus,
                resolver: Resolve.From<HouseholdRow>(h => h.Status),
                description: "Whether the household is still in the programme (สถานะครัวเรือน)."),
            new FieldDefinition("exitedOn", DateScalar.Instance,
                resolver: Resolve.From<HouseholdRow>(h => h.ExitedOn),
                description: "The day the household was taken out of the programme (วันที่นำออก); null while active."),
            new FieldDefinition("exitReason", SpecifiedScalars.String,
                resolver: Resolve.From<HouseholdRow>(h => h.ExitReason),
                description: "Why the household was taken out of the programme (เหตุผลที่นำออก); null while active."),
            new FieldDefinition("verificationStatus", HubEnumTypes.VerificationStatus,
                resolver: Resolve.From<HouseholdRow>(h => h.VerificationStatus),
                description: "Whether the field team has confirmed the household's situation (การทวนสอบข้อมูล)."),
            new FieldDefinition("verificationMethod", HubEnumTypes.VerificationMethod,
                resolver: Resolve.From<HouseholdRow>(h => h.VerificationMethod),
                description: "How the field team verified the household (วิธีการทวนสอบ); null while pending."),
            new FieldDefinition("verifiedAt", DateTimeScalar.Instance,
                resolver: Resolve.From<HouseholdRow>(h => h.VerifiedAt),
                description: "When the household was verified or rejected (วันที่ทวนสอบ); null while pending."),
            new FieldDefinition("surveyedOn", DateScalar.Instance,
                resolver: Resolve.From<HouseholdRow>(h => h.SurveyedOn),
                description: "The day of the latest survey round that scored the household (วันที่สำรวจล่าสุด); null when none has."),
            new FieldDefinition("updatedAt", DateTimeScalar.Instance,
                resolver: Resolve.From<HouseholdRow>(h => h.UpdatedAt),
                description: "When the household's own record last changed, for incremental synchronisation with where.updatedSince."),
            new FieldDefinition("capitalScores", CapitalScoresGraphType.Type,
                resolver: Resolve.FromAsync<HouseholdRow, CapitalScoresRow?>((context, h) => HubLoaders.LatestCapitalScoresAsync(context, h.Id)),
                description: "The livelihood-capital scores of the latest survey round (คะแนนทุนการดำรงชีพ), the household's current scores; null when no round has scored it."),
            new FieldDefinition("problems", new ListType(new NonNullType(HouseholdProblemGraphType.Type)),
                resolver: Resolve.FromAsync<HouseholdRow, IReadOnlyList<HouseholdProblemRow>>((context, h) => HubLoaders.ProblemsOfAsync(context, h.Id)),
                description: "The problems surveys recorded for the household (ปัญหาของครัวเรือน), in the order they were recorded."),
            new FieldDefinition("memberCount", SpecifiedScalars.Int,
                resolver: Resolve.FromAsync<HouseholdRow, int>((context, h) => HubLoaders.MemberCountAsync(context, h.Id)),
                description: "How many people live in the household (จำนวนสมาชิก)."),
            new FieldDefinition("members", new ListType(new NonNullType(MemberGraphType.Type)),
                resolver: Resolve.FromAsync<HouseholdRow, IReadOnlyList<MemberRow>>((context, h) => HubLoaders.MembersOfAsync(context, h.Id)),
                description: "The people in the household (สมาชิกครัวเรือน), in the order they were recorded."),
            new FieldDefinition("referrals", new ListType(new NonNullType(ReferralGraphType.Type)),
                resolver: Resolve.FromAsync<HouseholdRow, IReadOnlyList<ReferralRow>>((context, h) => HubLoaders.ReferralsOfAsync(context, h.Id)),
                description: "The household's referrals to partner agencies (การส่งต่อ), in the order they were made."),
        ],
        () => [NodeGraphType.Interface],
        "A poor household (ครัวเรือนยากจน) in the precision poverty-alleviation programme.");
}
