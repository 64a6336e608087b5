namespace IntegrationHub.Data.Model;

/// <summary>A district (อำเภอ / เขต), keyed by its official four-digit code, whose first two digits are its
/// province's code.</summary>
public sealed class District
{
    /// <summary>The official four-digit district code.</summary>
    public required string Code { get; set; }

    /// <summary>The code of the province the district lies in.</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>The name in Thai.</summary>
    public required string NameTh { get; set; }

    /// <summary>The province the district lies in.</summary>
    public Province? Province { get; set; }

    /// <summary>The district's subdistricts.</summary>
    public List<Subdistrict> Subdistricts { get; } = [];
}
