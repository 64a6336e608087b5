using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Profiles;

/// <summary>The area a poverty profile describes: a province, district or subdistrict by its official code, checked
/// against the caller's MOU area.</summary>
/// <param name="Code">The official code: 2 digits for a province, 4 for a district, 6 for a subdistrict.</param>
/// <param name="NameTh">The area's Thai name.</param>
public sealed record ProfileArea(string Code, string NameTh)
{
    /// <summary>The error code of an area code that is not 2, 4 or 6 digits.</summary>
    public const string InvalidAreaCode = "INVALID_AREA_CODE";

    /// <summary>The error code of an area code no province, district or subdistrict has.</summary>
    public const string AreaNotFoundCode = "AREA_NOT_FOUND";

    /// <summary>The error code of an area reaching outside the caller's MOU area.</summary>
    public const string AreaOutsideMouCode = "AREA_OUTSIDE_MOU";

    /// <summary>Checks <paramref name="code"/> and finds the area.</summary>
    /// <remarks>A caller may profile only an area wholly inside its own. A partial profile of a larger area
    /// (a province, for a caller whose MOU covers one district of it) would be published under the larger area's
    /// name with smaller numbers, which misleads; so that is refused with <see cref="AreaOutsideMouCode"/>.</remarks>
    /// <exception cref="FieldErrorException">The code is malformed, outside the caller's area, or unknown.</exception>
    public static async Task<ProfileArea> FindAsync(
        RequestDatabase database, CallerArea callerArea, string code, CancellationToken cancellationToken)
    {
        if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit))
        {
            throw new FieldErrorException(
                $"Argument \"areaCode\" is \"{code}\", but a profile is of a province (2 digits), district (4) or subdistrict (6).",
                code: InvalidAreaCode);
        }

        // Covers tests that a code starts with one of the caller's prefixes: for an area code, that the area lies
        // inside the caller's area (a village code is the longest such code).
        if (!callerArea.Covers(code))
        {
            throw new FieldErrorException(
                $"Argument \"areaCode\" is \"{code}\", which is not wholly inside the area of your MOU ({string.Join(", ", callerArea.Prefixes!)}): ask for an area inside it.",
                code: AreaOutsideMouCode);
        }

        var name = await database.QueryAsync(
            (db, token) => code.Length switch
            {
                2 => db.Provinces.Where(p => p.Code == code).Select(p => p.NameTh).SingleOrDefaultAsync(token),
                4 => db.Districts.Where(d => d.Code == code).Select(d => d.NameTh).SingleOrDefaultAsync(token),
                _ => db.Subdistricts.Where(s => s.Code == code).Select(s => s.NameTh).SingleOrDefaultAsync(token),
            },
            cancellationToken);
        return name is null
            ? throw new FieldErrorException(
                $"Argument \"areaCode\" is \"{code}\", but no {(code.Length == 2 ? "province" : code.Length == 4 ? "district" : "subdistrict")} has that code.",
                code: AreaNotFoundCode)
            : new ProfileArea(code, name);
    }
}
