using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Referrals;

/// <summary>The <c>ReferralFilter</c> input type; read into <see cref="ReferralFilter"/>.</summary>
public static class ReferralFilterGraphType
{
    /// <summary>The type.</summary>
    public static InputObjectType Type { get; } = new(
        "ReferralFilter",
        () =>
        [
            new InputValueDefinition("agency", SpecifiedScalars.String,
                description: "Only referrals addressed to this agency (หน่วยงานรับเรื่อง): an agency's work list."),
            new InputValueDefinition("status", HubEnumTypes.ReferralStatus,
                description: "Only referrals in this status (สถานะการส่งต่อ)."),
            new InputValueDefinition("dimension", HubEnumTypes.ProblemDimension,
                description: "Only referrals for this problem dimension (มิติปัญหา)."),
            new InputValueDefinition("areaCode", SpecifiedScalars.String,
                description: "Only referrals of households in this area: an official code of a province (2 digits, จังหวัด), district (4, อำเภอ), subdistrict (6, ตำบล) or village (8, หมู่บ้าน)."),
            new InputValueDefinition("updatedSince", DateTimeScalar.Instance,
                description: "Only referrals that changed at or after this instant, for incremental synchronisation."),
        ],
        "Conditions on referrals; all given conditions must hold.");
}
