namespace IntegrationHub.Data.Model;

/// <summary>A member's disability, in the categories of the disability card. Sensitive data (PDPA 2019,
/// section 26).</summary>
public enum Disability
{
    /// <summary>No disability.</summary>
    None,

    /// <summary>Seeing.</summary>
    Visual,

    /// <summary>Hearing or communication.</summary>
    Hearing,

    /// <summary>Movement or body.</summary>
    Physical,

    /// <summary>Mental or behavioural.</summary>
    Mental,

    /// <summary>Intellectual.</summary>
    Intellectual,

    /// <summary>Learning.</summary>
    Learning,

    /// <summary>Autism.</summary>
    Autism,

    /// <summary>More than one of the above.</summary>
    Multiple,
}
