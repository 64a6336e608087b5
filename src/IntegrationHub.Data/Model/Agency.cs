namespace IntegrationHub.Data.Model;

/// <summary>A partner agency that receives referrals (Ministry of Finance, CODI, EEF, ...).</summary>
public sealed class Agency
{
    /// <summary>A short stable code (e.g. <c>mof</c>, <c>codi</c>), the same the policy files use.</summary>
    public required string Code { get; set; }

    /// <summary>The name in Thai.</summary>
    public required string NameTh { get; set; }

    /// <summary>The name in English.</summary>
    public required string NameEn { get; set; }
}
