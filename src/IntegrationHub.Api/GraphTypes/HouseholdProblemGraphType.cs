using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>HouseholdProblem</c> object type: one problem a survey found in a household.</summary>
public static class HouseholdProblemGraphType
{
    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        "HouseholdProblem",
        () =>
        [
            new FieldDefinition("dimension", HubEnumTypes.ProblemDimension,
                resolver: Resolve.From<HouseholdProblemRow>(p => p.Dimension),
                description: "The dimension the problem is on (มิติปัญหา)."),
            new FieldDefinition("description", SpecifiedScalars.String,
                resolver: Resolve.From<HouseholdProblemRow>(p => p.Description),
                description: "The problem as the survey describes it (สภาพปัญหา)."),
            new FieldDefinition("recordedOn", DateScalar.Instance,
                resolver: Resolve.From<HouseholdProblemRow>(p => p.IdentifiedOn),
                description: "The day the survey recorded the problem (วันที่บันทึก)."),
        ],
        description: "A problem a survey found in a household (ปัญหาของครัวเรือน), on one of the five dimensions.");
}
