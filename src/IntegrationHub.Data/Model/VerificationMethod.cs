namespace IntegrationHub.Data.Model;

/// <summary>How a household was verified.</summary>
public enum VerificationMethod
{
    /// <summary>A visit to the house.</summary>
    OnSite,

    /// <summary>By phone or video, without a visit.</summary>
    Online,
}
