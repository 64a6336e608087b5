namespace IntegrationHub.Data.Model;

/// <summary>A province (จังหวัด), keyed by its official two-digit code (e.g. <c>10</c> for Bangkok).</summary>
public sealed class Province
{
    /// <summary>The official two-digit province code.</summary>
    public required string Code { get; set; }

    /// <summary>The name in Thai.</summary>
    public required string NameTh { get; set; }

    /// <summary>The romanised English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>The province's districts.</summary>
    public List<District> Districts { get; } = [];
}
