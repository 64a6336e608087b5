namespace IntegrationHub.Policies;

/// <summary>Where an MOU lets its grantee see households: the whole country, or provinces, districts and subdistricts
/// named by their official codes (2, 4 and 6 digits; each code starts with the code of the unit that contains it).</summary>
public sealed record MouArea
{
    private MouArea(bool isWholeCountry, IReadOnlyList<string> provinces, IReadOnlyList<string> districts, IReadOnlyList<string> subdistricts)
    {
        IsWholeCountry = isWholeCountry;
        Provinces = provinces;
        Districts = districts;
        Subdistricts = subdistricts;
    }

    /// <summary>The whole country.</summary>
    public static MouArea WholeCountry { get; } = new(true, [], [], []);

    /// <summary>True when the MOU covers every province.</summary>
    public bool IsWholeCountry { get; }

    /// <summary>Provinces covered (2-digit codes), sorted.</summary>
    public IReadOnlyList<string> Provinces { get; }

    /// <summary>Districts covered (4-digit codes), sorted.</summary>
    public IReadOnlyList<string> Districts { get; }

    /// <summary>Subdistricts covered (6-digit codes), sorted; a subdistrict administrative organisation's MOU covers
    /// its own subdistrict only.</summary>
    public IReadOnlyList<string> Subdistricts { get; }

    /// <summary>An area of the given units; the loader has checked the codes' form.</summary>
    public static MouArea Of(IEnumerable<string> provinces, IEnumerable<string> districts, IEnumerable<string> subdistricts) =>
        new(false, Sorted(provinces), Sorted(districts), Sorted(subdistricts));

    /// <summary>True when a household whose area code is <paramref name="areaCode"/> (the code of its subdistrict or
    /// village, 6 or 8 digits) lies in the area.</summary>
    public bool Covers(string areaCode) =>
        IsWholeCountry
        || Provinces.Any(code => areaCode.StartsWith(code, StringComparison.Ordinal))
        || Districts.Any(code => areaCode.StartsWith(code, StringComparison.Ordinal))
        || Subdistricts.Any(code => areaCode.StartsWith(code, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => IsWholeCountry
        ? "whole country"
        : string.Join(", ", Provinces.Select(code => $"province {code}")
            .Concat(Districts.Select(code => $"district {code}"))
            .Concat(Subdistricts.Select(code => $"subdistrict {code}")));

    private static string[] Sorted(IEnumerable<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
