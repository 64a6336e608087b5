namespace IntegrationHub.Data.Model;

/// <summary>Sex as recorded in the civil registry.</summary>
public enum Sex
{
    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}
