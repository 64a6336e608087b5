namespace IntegrationHub.Data.Model;

/// <summary>A member's health, as the field survey records it. Sensitive data (PDPA 2019, section 26).</summary>
public enum HealthStatus
{
    /// <summary>Healthy.</summary>
    Healthy,

    /// <summary>A chronic illness, but able to look after themselves.</summary>
    ChronicIllness,

    /// <summary>Dependent on others for daily living (including bedridden).</summary>
    Dependent,
}
