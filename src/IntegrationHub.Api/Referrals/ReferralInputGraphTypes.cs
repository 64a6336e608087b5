using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Referrals;

/// <summary>The input object types of the referral and household-exit mutations.</summary>
public static class ReferralInputGraphTypes
{
    /// <summary>What <c>createReferral</c> needs.</summary>
    public static InputObjectType CreateReferral { get; } = new(
        "CreateReferralInput",
        () =>
        [
            new InputValueDefinition("householdId", new NonNullType(SpecifiedScalars.ID),
                description: "The household to refer (ครัวเรือน), by its global id."),
            new InputValueDefinition("memberId", SpecifiedScalars.ID,
                description: "The member of that household the referral is for, when it is for one person (สมาชิก)."),
            new InputValueDefinition("dimension", new NonNullType(HubEnumTypes.ProblemDimension),
                description: "The problem dimension the referral addresses (มิติปัญหา)."),
            new InputValueDefinition("agency", new NonNullType(SpecifiedScalars.String),
                description: "The code of the agency referred to (หน่วยงานรับเรื่อง), as policies/agencies.yaml spells it."),
            new InputValueDefinition("programme", new NonNullType(SpecifiedScalars.String),
                description: "The agency's programme (โครงการ), at most 200 characters."),
        ],
        "A household (or one of its members) to refer to an agency's programme for one problem dimension.");

    /// <summary>What <c>acceptReferral</c>, <c>startReferral</c> and <c>closeReferral</c> need.</summary>
    public static InputObjectType ReferralStep { get; } = new(
        "ReferralStepInput",
        () =>
        [
            new InputValueDefinition("referralId", new NonNullType(SpecifiedScalars.ID),
                description: "The referral to move, by its global id."),
            new InputValueDefinition("note", SpecifiedScalars.String,
                description: "A note kept with the step (หมายเหตุ), at most 500 characters."),
        ],
        "A step of a referral's lifecycle that needs nothing but the referral and an optional note.");

    /// <summary>What <c>declineReferral</c> needs.</summary>
    public static InputObjectType DeclineReferral { get; } = new(
        "DeclineReferralInput",
        () =>
        [
            new InputValueDefinition("referralId", new NonNullType(SpecifiedScalars.ID),
                description: "The referral to decline, by its global id."),
            new InputValueDefinition("reason", new NonNullType(SpecifiedScalars.String),
                description: "Why the agency declines the case (เหตุผลที่ปฏิเสธ), at most 500 characters; the referrer reads it to look for help elsewhere."),
        ],
        "An agency's refusal of a referral, with its reason.");

    /// <summary>What <c>recordAssistance</c> needs.</summary>
    public static InputObjectType RecordAssistance { get; } = new(
        "RecordAssistanceInput",
        () =>
        [
            new InputValueDefinition("referralId", new NonNullType(SpecifiedScalars.ID),
                description: "The referral the help answers, by its global id."),
            new InputValueDefinition("givenOn", new NonNullType(DateScalar.Instance),
                description: "The day the help was given (วันที่ช่วยเหลือ); not after today in Thailand."),
            new InputValueDefinition("kind", new NonNullType(SpecifiedScalars.String),
                description: "What was given (ประเภทความช่วยเหลือ), such as a cash grant, a scholarship or a house repair; at most 200 characters."),
            new InputValueDefinition("amountBaht", SpecifiedScalars.Float,
                description: "The value in baht (มูลค่า บาท), 0 to 9,999,999,999.99 in whole satang; absent for help with no cash value."),
        ],
        "Help an agency gave on a referral (ผลการช่วยเหลือ).");

    /// <summary>What <c>exitHousehold</c> needs.</summary>
    public static InputObjectType ExitHousehold { get; } = new(
        "ExitHouseholdInput",
        () =>
        [
            new InputValueDefinition("householdId", new NonNullType(SpecifiedScalars.ID),
                description: "The household leaving the programme, by its global id."),
            new InputValueDefinition("reason", new NonNullType(SpecifiedScalars.String),
                description: "Why it leaves (เหตุผลการนำออก), such as no longer poor, moved away or deceased; at most 300 characters."),
            new InputValueDefinition("exitedOn", new NonNullType(DateScalar.Instance),
                description: "The day it left the programme; not after today in Thailand."),
        ],
        "A household taken out of the programme (นำออก).");
}
