namespace IntegrationHub.Api.Referrals.Inputs;

/// <summary>The coerced <c>ExitHouseholdInput</c>: which household leaves the programme, why and when.</summary>
/// <param name="HouseholdId">The household's global id.</param>
/// <param name="Reason">Why the household leaves the programme.</param>
/// <param name="ExitedOn">The day it left.</param>
public sealed record ExitHouseholdInput(string HouseholdId, string Reason, DateOnly ExitedOn)
{
    /// <summary>Reads the input object the engine coerced.</summary>
    public static ExitHouseholdInput From(IReadOnlyDictionary<string, object?> input) =>
        new((string)input["householdId"]!, (string)input["reason"]!, (DateOnly)input["exitedOn"]!);
}
