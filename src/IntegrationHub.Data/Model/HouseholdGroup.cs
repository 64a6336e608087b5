namespace IntegrationHub.Data.Model;

/// <summary>The two groups the precision poverty-alleviation programme sorts households into; the group decides
/// the kind of help.</summary>
public enum HouseholdGroup
{
    /// <summary>Destitute (ยากไร้): cannot help themselves; referred to welfare.</summary>
    Destitute,

    /// <summary>Opportunity-lacking, indebted or vulnerable (ขาดโอกาส / มีหนี้สิน / เปราะบาง): has potential;
    /// offered livelihood and income models.</summary>
    OpportunityLacking,
}
