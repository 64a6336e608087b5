namespace IntegrationHub.Data.Model;

/// <summary>The five dimensions on which a household's problems are recorded and referred.</summary>
public enum ProblemDimension
{
    /// <summary>Health (สุขภาพ).</summary>
    Health,

    /// <summary>Living conditions (ความเป็นอยู่): housing, water, sanitation.</summary>
    LivingConditions,

    /// <summary>Education (การศึกษา).</summary>
    Education,

    /// <summary>Income (รายได้).</summary>
    Income,

    /// <summary>Access to public services (การเข้าถึงบริการรัฐ).</summary>
    PublicServices,
}
