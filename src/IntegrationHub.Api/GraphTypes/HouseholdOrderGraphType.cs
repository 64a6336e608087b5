using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>HouseholdOrder</c> input type; a list of them is read into <see cref="Loading.HouseholdOrder"/>.</summary>
public static class HouseholdOrderGraphType
{
    /// <summary>The type.</summary>
    public static InputObjectType Type { get; } = new(
        "HouseholdOrder",
        () =>
        [
            new InputValueDefinition("field", new NonNullType(HubEnumTypes.HouseholdOrderField),
                description: "What to sort by."),
            new InputValueDefinition("direction", new NonNullType(HubEnumTypes.OrderDirection), Parser.ParseConstValue("ASC"),
                "Ascending or descending."),
        ],
        "One sort key of a household list.");
}
