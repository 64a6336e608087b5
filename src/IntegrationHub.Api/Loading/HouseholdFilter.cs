using System.Linq.Expressions;
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
/// <param name="CapitalScores">Ranges that the latest round's scores must all lie in; households never scored
/// fail any range. Empty for none.</param>
/// <param name="ProblemDimensions">Households with a recorded problem on at least one of these dimensions (any,
/// not all: a partner looks for households it can help on any dimension it covers); null for no condition.</param>
public sealed record HouseholdFilter(
    string? AreaCode,
    HouseholdGroup? Group,
    HouseholdStatus? Status,
    VerificationStatus? VerificationStatus,
    DateTime? UpdatedSince,
    IReadOnlyList<CapitalScoreRange> CapitalScores,
    IReadOnlySet<ProblemDimension>? ProblemDimensions)
{
    /// <summary>The error code of a filter value that is not acceptable.</summary>
    public const string InvalidFilterCode = "INVALID_FILTER";

    /// <summary>The filter that keeps every household.</summary>
    public static HouseholdFilter None { get; } = new(null, null, null, null, null, [], null);

    /// <summary>Reads the coerced input object the engine passes for a <c>HouseholdFilter</c> argument.</summary>
    /// <exception cref="FieldErrorException">A condition is malformed (<see cref="InvalidFilterCode"/>); the
    /// message names the input field.</exception>
    public static HouseholdFilter From(IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return None;
        }

        var areaCode = input.GetValueOrDefault("areaCode") as string;
        if (areaCode is not null && !IsAreaCode(areaCode))
        {
            throw Invalid("areaCode", $"is \"{areaCode}\", but an area code is 2 (province), 4 (district), 6 (subdistrict) or 8 (village) digits");
        }

        return new HouseholdFilter(
            areaCode,
            input.GetValueOrDefault("group") as HouseholdGroup?,
            input.GetValueOrDefault("status") as HouseholdStatus?,
            input.GetValueOrDefault("verificationStatus") as VerificationStatus?,
            input.GetValueOrDefault("updatedSince") as DateTime?,
            ReadCapitalScores(input.GetValueOrDefault("capitalScores") as IReadOnlyDictionary<string, object?>),
            ReadProblemDimensions(input.GetValueOrDefault("problemDimensions") as IReadOnlyList<object?>));
    }

    /// <summary>The error for filter field <paramref name="path"/>, which <paramref name="problem"/> describes.</summary>
    public static FieldErrorException Invalid(string path, string problem) =>
        new($"Filter field \"{path}\" {problem}.", code: InvalidFilterCode, extensions: new Dictionary<string, object?> { ["field"] = path });

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

        if (CapitalScores.Count > 0)
        {
            households = households.Where(LatestScoresWithin());
        }

        if (ProblemDimensions is { } dimensions)
        {
            var wanted = dimensions.ToList();
            households = households.Where(h => h.Problems.Any(p => wanted.Contains(p.Dimension)));
        }

        return households;
    }

    /// <summary><c>h =&gt; h.CapitalScores.OrderByDescending(s =&gt; s.Round).Take(1).Any(s =&gt; every range
    /// holds)</c>: the latest round only, as one correlated subquery.</summary>
    private Expression<Func<Household, bool>> LatestScoresWithin()
    {
        Expression<Func<Household, IEnumerable<CapitalScore>>> latest = h => h.CapitalScores.OrderByDescending(s => s.Round).Take(1);
        var score = Expression.Parameter(typeof(CapitalScore), "s");
        var within = CapitalScores.Select(range => range.Condition(score)).Aggregate(Expression.AndAlso);
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(CapitalScore)],
            latest.Body,
            Expression.Lambda<Func<CapitalScore, bool>>(within, score));
        return Expression.Lambda<Func<Household, bool>>(any, latest.Parameters);
    }

    private static IReadOnlyList<CapitalScoreRange> ReadCapitalScores(IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return [];
        }

        var ranges = Enum.GetValues<Capital>()
            .Where(capital => input.GetValueOrDefault(CapitalScoreRange.FieldName(capital)) is not null)
            .Select(capital => CapitalScoreRange.From(capital, (IReadOnlyDictionary<string, object?>)input[CapitalScoreRange.FieldName(capital)]!))
            .ToList();
        return ranges.Count > 0
            ? ranges
            : throw Invalid("capitalScores", "names no capital: give a range for at least one of human, physical, financial, natural or social");
    }

    private static IReadOnlySet<ProblemDimension>? ReadProblemDimensions(IReadOnlyList<object?>? input) =>
        input switch
        {
            null => null,
            [] => throw Invalid("problemDimensions", "is an empty list, which no household could match: leave it out to keep every household"),
            _ => input.Cast<ProblemDimension>().ToHashSet(),
        };

    private static bool IsAreaCode(string code) =>
        code.Length is 2 or 4 or 6 or 8 && code.All(char.IsAsciiDigit);
}
