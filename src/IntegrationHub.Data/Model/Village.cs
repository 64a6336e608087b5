namespace IntegrationHub.Data.Model;

/// <summary>A village (หมู่บ้าน), keyed by its official eight-digit code: the subdistrict's six digits and the
/// two-digit village number (หมู่ที่).</summary>
/// <remarks>Because each level's code is a prefix of the next, "households in area X" is a range scan on
/// <see cref="Household.VillageCode"/> for any level, with no join up the hierarchy.</remarks>
public sealed class Village
{
    /// <summary>The official eight-digit village code.</summary>
    public required string Code { get; set; }

    /// <summary>The code of the subdistrict the village lies in.</summary>
    public required string SubdistrictCode { get; set; }

    /// <summary>The name in Thai.</summary>
    public required string NameTh { get; set; }

    /// <summary>The subdistrict the village lies in.</summary>
    public Subdistrict? Subdistrict { get; set; }
}
