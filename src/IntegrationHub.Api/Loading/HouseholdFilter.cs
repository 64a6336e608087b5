using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Loading;

/// <summary>The coerced <c>HouseholdFilter</c> argument: conditions that all must hold (logical AND); an absent
/// condition does not filter.</summary>
/// <param name="AreaCode">An official area code: province (2 digits), district (4), subdistrict (6) or village (8).</param>
/// <param name="Group">The programme group.</param>
/// <param name="Status">Whether in the programme or exited.</param>
/// <param name="VerificationStatus">Whether the field team has confirmed the household.</param>
/// <param name="UpdatedSince">Only households whose record changed at or after this instant (UTC).</param>
public sealed record HouseholdFilter(
    string? AreaCode,
    HouseholdGroup? Group,
    HouseholdStatus? Status,
    VerificationStatus? VerificationStatus,
    DateTime? UpdatedSince)
{
    /// <summary>The error code of a filter value that is not acceptable.</summary>
    public const string InvalidFilterCode = "INVALID_FILTER";

    /// <summary>The filter that keeps every household.</summary>
    public static HouseholdFilter None { get; } = new(null, null, null, null, null);

    /// <summary>Reads the coerced input object the engine passes for a <c>HouseholdFilter</c> argument.</summary>
    /// <exception cref="FieldErrorException">The area code is not 2, 4, 6 or 8 digits.</exception>
    public static HouseholdFilter From(IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return None;
        }

        var areaCode = input.GetValueOrDefault("areaCode") as string;
        if (areaCode is not null && !IsAreaCode(areaCode))
        {
            throw new FieldErrorException(
                $"Filter field \"areaCode\" is \"{areaCode}\", but an area code is 2 (province), 4 (district), 6 (subdistrict) or 8 (village) digits.",
                code: InvalidFilterCode);
        }

        return new HouseholdFilter(
            areaCode,
            input.GetValueOrDefault("group") as HouseholdGroup?,
            input.GetValueOrDefault("status") as HouseholdStatus?,
            input.GetValueOrDefault("verificationStatus") as VerificationStatus?,
            input.GetValueOrDefault("updatedSince") as DateTime?);
    }

    /// <summary>Narrows <paramref name="households"/> to those the filter keeps, in SQL.</summary>
    public IQueryable<Household> Apply(IQueryable<Household> households)
    {
        if (AreaCode is not null)
        {
            // Every level's code is a prefix of its villages' codes (see Village), so an area is one range scan
            // of the village code; the code is digits only, so it holds no LIKE wildcard.
            households = households.Where(h => h.VillageCode.StartsWith(AreaCode));
        }

        if (Group is { } group)
        {
            households = households.Where(h => h.Group == group);
        }

        if (Status is { } status)
        {
            households = households.Where(h => h.Status == status);
        }

        if (VerificationStatus is { } verification)
        {
            households = households.Where(h => h.VerificationStatus == verification);
        }

        if (UpdatedSince is { } since)
        {
            households = households.Where(h => h.UpdatedAt >= since);
        }

        return households;
    }

    private static bool IsAreaCode(string code) =>
        code.Length is 2 or 4 or 6 or 8 && code.All(char.IsAsciiDigit);
}
