using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals;

/// <summary>The coerced <c>ReferralFilter</c> argument: conditions that all must hold; an absent one does not filter.</summary>
/// <param name="Agency">The code of the agency referred to.</param>
/// <param name="Status">The lifecycle status.</param>
/// <param name="Dimension">The problem dimension addressed.</param>
/// <param name="AreaCode">An official area code of the household's village: province (2 digits) to village (8).</param>
/// <param name="UpdatedSince">Only referrals changed at or after this instant (UTC).</param>
public sealed record ReferralFilter(
    string? Agency, ReferralStatus? Status, ProblemDimension? Dimension, string? AreaCode, DateTime? UpdatedSince)
{
    /// <summary>The error code of a filter value that is not acceptable (as for households).</summary>
    public const string InvalidFilterCode = "INVALID_FILTER";

    /// <summary>The filter that keeps every referral.</summary>
    public static ReferralFilter None { get; } = new(null, null, null, null, null);

    /// <summary>Reads the coerced input object the engine passes for a <c>ReferralFilter</c> argument.</summary>
    /// <exception cref="FieldErrorException">The area code is not 2, 4, 6 or 8 digits.</exception>
    public static ReferralFilter From(IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return None;
        }

        var areaCode = input.GetValueOrDefault("areaCode") as string;
        if (areaCode is not null && !(areaCode.Length is 2 or 4 or 6 or 8 && areaCode.All(char.IsAsciiDigit)))
        {
            throw new FieldErrorException(
                $"Filter field \"areaCode\" is \"{areaCode}\", but an area code is 2 (province), 4 (district), 6 (subdistrict) or 8 (village) digits.",
                code: InvalidFilterCode,
                extensions: new Dictionary<string, object?> { ["path"] = new[] { "where", "areaCode" } });
        }

        return new ReferralFilter(
            input.GetValueOrDefault("agency") as string,
            input.GetValueOrDefault("status") as ReferralStatus?,
            input.GetValueOrDefault("dimension") as ProblemDimension?,
            areaCode,
            input.GetValueOrDefault("updatedSince") as DateTime?);
    }

    /// <summary>Narrows <paramref name="referrals"/> to those the filter keeps, in SQL.</summary>
    public IQueryable<Referral> Apply(IQueryable<Referral> referrals)
    {
        if (Agency is not null)
        {
            referrals = referrals.Where(r => r.AgencyCode == Agency);
        }

        if (Status is { } status)
        {
            referrals = referrals.Where(r => r.Status == status);
        }

        if (Dimension is { } dimension)
        {
            referrals = referrals.Where(r => r.Dimension == dimension);
        }

        if (AreaCode is not null)
        {
            // Every level's code prefixes its villages' codes; digits only, so no LIKE wildcard.
            referrals = referrals.Where(r => r.Household!.VillageCode.StartsWith(AreaCode));
        }

        if (UpdatedSince is { } since)
        {
            referrals = referrals.Where(r => r.UpdatedAt >= since);
        }

        return referrals;
    }
}
