using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>HouseholdFilter</c> input type; read into <see cref="Loading.HouseholdFilter"/>.</summary>
public static class HouseholdFilterGraphType
{
    /// <summary>The type.</summary>
    public static InputObjectType Type { get; } = new(
        "HouseholdFilter",
        () =>
        [
            new InputValueDefinition("areaCode", SpecifiedScalars.String,
                description: "Only households in this area: an official code of a province (2 digits, จังหวัด), district (4, อำเภอ), subdistrict (6, ตำบล) or village (8, หมู่บ้าน)."),
            new InputValueDefinition("group", HubEnumTypes.HouseholdGroup,
                description: "Only households in this programme group (กลุ่มครัวเรือน)."),
            new InputValueDefinition("status", HubEnumTypes.HouseholdStatus,
                description: "Only households in this programme status (สถานะครัวเรือน)."),
            new InputValueDefinition("verificationStatus", HubEnumTypes.VerificationStatus,
                description: "Only households with this verification status (การทวนสอบข้อมูล)."),
            new InputValueDefinition("updatedSince", DateTimeScalar.Instance,
                description: "Only households whose record changed at or after this instant, for incremental synchronisation."),
            new InputValueDefinition("capitalScores", CapitalScoresFilterGraphType.Type,
                description: "Only households whose latest livelihood-capital scores lie in all the given ranges."),
            new InputValueDefinition("problemDimensions", new ListType(new NonNullType(HubEnumTypes.ProblemDimension)),
                description: "Only households with a recorded problem on at least one of these dimensions (มิติปัญหา); a non-empty list."),
        ],
        "Conditions on households; all given conditions must hold.");
}
