namespace IntegrationHub.Data.Model;

/// <summary>A subdistrict (ตำบล / แขวง), keyed by its official six-digit code, whose first four digits are its
/// district's code.</summary>
public sealed class Subdistrict
{
    /// <summary>The official six-digit subdistrict code.</summary>
    public required string Code { get; set; }

    /// <summary>The code of the district the subdistrict lies in.</summary>
    public required string DistrictCode { get; set; }

    /// <summary>The name in Thai.</summary>
    public required string NameTh { get; set; }

    /// <summary>The district the subdistrict lies in.</summary>
    public District? District { get; set; }

    /// <summary>The subdistrict's villages.</summary>
    public List<Village> Villages { get; } = [];
}
