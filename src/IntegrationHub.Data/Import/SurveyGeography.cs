using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Import;

/// <summary>The administrative areas the database knows, as parent lookups: which subdistrict a village is in,
/// which district a subdistrict is in, which province a district is in. Small (tens of thousands of villages
/// for the whole country), so loaded once per import.</summary>
public sealed class SurveyGeography
{
    private readonly IReadOnlyDictionary<string, string> _subdistrictOfVillage;
    private readonly IReadOnlyDictionary<string, string> _districtOfSubdistrict;
    private readonly IReadOnlyDictionary<string, string> _provinceOfDistrict;

    /// <summary>Geography from parent lookups: child code to parent code at each level.</summary>
    public SurveyGeography(IReadOnlyDictionary<string, string> subdistrictOfVillage,
        IReadOnlyDictionary<string, string> districtOfSubdistrict, IReadOnlyDictionary<string, string> provinceOfDistrict)
    {
        _subdistrictOfVillage = subdistrictOfVillage;
        _districtOfSubdistrict = districtOfSubdistrict;
        _provinceOfDistrict = provinceOfDistrict;
    }

    /// <summary>Reads every district, subdistrict and village from <paramref name="db"/>.</summary>
    public static async Task<SurveyGeography> LoadAsync(HubDbContext db, CancellationToken cancellationToken) => new(
        await db.Villages.AsNoTracking().ToDictionaryAsync(v => v.Code, v => v.SubdistrictCode, StringComparer.Ordinal, cancellationToken),
        await db.Subdistricts.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.DistrictCode, StringComparer.Ordinal, cancellationToken),
        await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.ProvinceCode, StringComparer.Ordinal, cancellationToken));

    /// <summary>The subdistrict of <paramref name="village"/>, or null when the village is unknown.</summary>
    public string? SubdistrictOf(string village) => _subdistrictOfVillage.GetValueOrDefault(village);

    /// <summary>The district of <paramref name="subdistrict"/>, or null when the subdistrict is unknown.</summary>
    public string? DistrictOf(string subdistrict) => _districtOfSubdistrict.GetValueOrDefault(subdistrict);

    /// <summary>The province of <paramref name="district"/>, or null when the district is unknown.</summary>
    public string? ProvinceOf(string district) => _provinceOfDistrict.GetValueOrDefault(district);
}
