namespace IntegrationHub.Data.Model;

/// <summary>Whether a household is still in the programme.</summary>
public enum HouseholdStatus
{
    /// <summary>In the programme.</summary>
    Active,

    /// <summary>Taken out (นำออก), with a reason and a date.</summary>
    Exited,
}
