using System.Linq.Expressions;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Access;

/// <summary>Who is asking, for the length of one request: the OAuth client, its agency and the area its MOU
/// covers. The hub fills it in before execution (from the token and the MOU in force); resolvers read it to act
/// as that agency and to keep every record outside the area out of their SQL.</summary>
/// <remarks>Registered as a scoped service. A request without one (a test executing the schema directly, or a
/// command-line chore) acts as <see cref="Internal"/>: no agency, the whole country.</remarks>
public sealed class RequestCaller
{
    /// <summary>The caller of work the hub does for itself: no client, no agency, no area restriction.</summary>
    public static RequestCaller Internal { get; } = new();

    /// <summary>The OAuth client id; null for <see cref="Internal"/>.</summary>
    public string? ClientId { get; private set; }

    /// <summary>The code of the client's agency (as in policies/agencies.yaml); null for <see cref="Internal"/>.</summary>
    public string? AgencyCode { get; private set; }

    /// <summary>Where the caller may see households.</summary>
    public CallerArea Area { get; private set; } = CallerArea.WholeCountry;

    /// <summary>Sets who is asking; done once, by the hub, before the request executes.</summary>
    /// <exception cref="InvalidOperationException">The caller was already set, or this is <see cref="Internal"/>.</exception>
    public void Establish(string clientId, string agencyCode, CallerArea area)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        if (ReferenceEquals(this, Internal) || ClientId is not null)
        {
            throw new InvalidOperationException("A request's caller is established once, before it executes.");
        }

        ClientId = clientId;
        AgencyCode = agencyCode;
        Area = area;
    }

    /// <summary>The caller of the request <paramref name="context"/> belongs to.</summary>
    public static RequestCaller Of(IResolverContext context) =>
        context.Services?.GetService(typeof(RequestCaller)) as RequestCaller ?? Internal;
}

/// <summary>The area a caller may see, as official area-code prefixes (province 2 digits, district 4, subdistrict
/// 6). Applied in SQL: a record outside the area is never read, so it is missing from lists, counts, feeds and
/// aggregates alike rather than filtered afterwards.</summary>
public sealed class CallerArea
{
    private CallerArea(IReadOnlyList<string>? prefixes) => Prefixes = prefixes;

    /// <summary>No restriction.</summary>
    public static CallerArea WholeCountry { get; } = new(null);

    /// <summary>The prefixes a village code must start with (any one of them); null for the whole country. An
    /// empty list covers nothing.</summary>
    public IReadOnlyList<string>? Prefixes { get; }

    /// <summary>The area of these area-code prefixes.</summary>
    /// <exception cref="ArgumentException">A prefix is not 2, 4 or 6 ASCII digits.</exception>
    public static CallerArea Of(IEnumerable<string> prefixes)
    {
        var list = prefixes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var prefix in list)
        {
            if (prefix.Length is not (2 or 4 or 6) || !prefix.All(char.IsAsciiDigit))
            {
                throw new ArgumentException($"\"{prefix}\" is not a province, district or subdistrict code (2, 4 or 6 digits).", nameof(prefixes));
            }
        }

        return new CallerArea(list);
    }

    /// <summary>Whether a village code lies inside the area.</summary>
    public bool Covers(string villageCode) =>
        Prefixes is null || Prefixes.Any(prefix => villageCode.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Keeps the rows of <paramref name="rows"/> whose village code lies inside the area, in SQL (one
    /// prefix range test per area code, OR-ed). <paramref name="villageCode"/> selects the row's village code,
    /// for example <c>m =&gt; m.Household!.VillageCode</c> for members.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> rows, Expression<Func<T, string>> villageCode)
    {
        if (Prefixes is null)
        {
            return rows;
        }

        Expression body = Expression.Constant(false);
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        foreach (var prefix in Prefixes)
        {
            // The prefix is digits only (checked in Of), so it holds no LIKE wildcard.
            body = Expression.OrElse(body, Expression.Call(villageCode.Body, startsWith, Expression.Constant(prefix)));
        }

        return rows.Where(Expression.Lambda<Func<T, bool>>(body, villageCode.Parameters));
    }
}
