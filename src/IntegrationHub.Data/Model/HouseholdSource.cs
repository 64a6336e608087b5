namespace IntegrationHub.Data.Model;

/// <summary>Where a household's record comes from. Stored as its name: see <see cref="HubDbContext"/>.</summary>
public enum HouseholdSource
{
    /// <summary>The national TPMAP list of poor households, then verified in the field.</summary>
    Tpmap,

    /// <summary>Added on by a field survey: poor, but not on the TPMAP list.</summary>
    SurveyAddOn,
}
