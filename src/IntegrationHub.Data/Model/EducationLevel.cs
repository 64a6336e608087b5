namespace IntegrationHub.Data.Model;

/// <summary>The highest level of schooling a member has completed or is in.</summary>
public enum EducationLevel
{
    /// <summary>No schooling.</summary>
    None,

    /// <summary>Kindergarten.</summary>
    PrePrimary,

    /// <summary>Primary (ประถม, P1 to P6).</summary>
    Primary,

    /// <summary>Lower secondary (ม.ต้น, M1 to M3).</summary>
    LowerSecondary,

    /// <summary>Upper secondary (ม.ปลาย, M4 to M6).</summary>
    UpperSecondary,

    /// <summary>Vocational certificate or diploma (ปวช. / ปวส.).</summary>
    Vocational,

    /// <summary>Bachelor's degree or higher.</summary>
    Tertiary,
}
