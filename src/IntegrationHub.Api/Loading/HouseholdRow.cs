using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>The columns of a household that the schema can show. Queries fill only the members that the selected
/// fields need (<see cref="Columns"/>); the others keep their defaults, and no resolver reads them.</summary>
public sealed class HouseholdRow
{
    /// <summary>The hub's key; always read.</summary>
    public long Id { get; init; }

    /// <summary>The survey's household code, if any.</summary>
    public string? HouseholdCode { get; init; }

    /// <summary>The programme group.</summary>
    public HouseholdGroup Group { get; init; }

    /// <summary>The eight-digit village code.</summary>
    public string VillageCode { get; init; } = "";

    /// <summary>The address within the village.</summary>
    public string? Address { get; init; }

    /// <summary>Active or exited.</summary>
    public HouseholdStatus Status { get; init; }

    /// <summary>The day the household left the programme; null while active.</summary>
    public DateOnly? ExitedOn { get; init; }

    /// <summary>Why the household left the programme; null while active.</summary>
    public string? ExitReason { get; init; }

    /// <summary>Whether the field team has confirmed the household.</summary>
    public VerificationStatus VerificationStatus { get; init; }

    /// <summary>How the household was verified; null while pending.</summary>
    public VerificationMethod? VerificationMethod { get; init; }

    /// <summary>When the household was verified, in UTC; null while pending.</summary>
    public DateTime? VerifiedAt { get; init; }

    /// <summary>The day of the latest survey round that scored the household; null when none has.</summary>
    public DateOnly? SurveyedOn { get; init; }

    /// <summary>When the record last changed, in UTC.</summary>
    public DateTime UpdatedAt { get; init; }

    /// <summary>Which GraphQL field of <c>Household</c> needs which column. The verifier's name and the house code
    /// are not here: the schema does not show them.</summary>
    public static RowProjection<Household, HouseholdRow> Columns { get; } = new RowProjection<Household, HouseholdRow>()
        .Add(r => r.Id, h => h.Id)
        .Add(r => r.HouseholdCode, h => h.HouseholdCode, "householdCode")
        .Add(r => r.Group, h => h.Group, "group")
        .Add(r => r.VillageCode, h => h.VillageCode, "areaCode")
        .Add(r => r.Address, h => h.Address, "address")
        .Add(r => r.Status, h => h.Status, "status")
        .Add(r => r.ExitedOn, h => h.ExitedOn, "exitedOn")
        .Add(r => r.ExitReason, h => h.ExitReason, "exitReason")
        .Add(r => r.VerificationStatus, h => h.VerificationStatus, "verificationStatus")
        .Add(r => r.VerificationMethod, h => h.VerificationMethod, "verificationMethod")
        .Add(r => r.VerifiedAt, h => h.VerifiedAt, "verifiedAt")
        // The latest round is the one with the highest number (a correlated subquery on the unique
        // household-round index).
        .Add(r => r.SurveyedOn, h => h.CapitalScores.OrderByDescending(s => s.Round).Select(s => (DateOnly?)s.SurveyedOn).FirstOrDefault(), "surveyedOn")
        .Add(r => r.UpdatedAt, h => h.UpdatedAt, "updatedAt");
}
