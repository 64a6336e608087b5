namespace IntegrationHub.Policies;

/// <summary>How much harm a scope's data can do if misused; decides which legal basis an MOU needs to grant it.</summary>
public enum Sensitivity
{
    /// <summary>Aggregates and area statistics that identify nobody.</summary>
    General,

    /// <summary>Personal data under Thailand's PDPA 2019, section 6: it identifies a person or household.</summary>
    Personal,

    /// <summary>Sensitive personal data under PDPA 2019, section 26 (health and disability among them): an MOU may
    /// grant it only on a section-26 basis.</summary>
    Sensitive,
}
