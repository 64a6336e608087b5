using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using IntegrationHub.Identity.Validation;
using IntegrationHub.Policies;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrationHub.Access;

/// <summary>The per-client rate limit each MOU sets (<c>rate-limit</c> in the MOU file), enforced before a GraphQL
/// request runs: over the limit, HTTP 429 with <c>Retry-After</c> (RFC 9110 section 10.2.3) and no data.</summary>
/// <remarks>Counted per client and MOU in a fixed window. The partition key carries the limit itself, so an MOU
/// amendment that changes the limit takes effect with the policy reload, on a fresh window.</remarks>
public static class MouRateLimits
{
    /// <summary>The name of the rate-limiting policy the GraphQL endpoint requires.</summary>
    public const string PolicyName = "mou";

    /// <summary>The stable <c>extensions.code</c> of the 429 answer.</summary>
    public const string RateLimitedCode = "RATE_LIMITED";

    /// <summary>The limit for requests the access check will refuse anyway (no MOU in force, no or a wrong purpose):
    /// they are cheap, but each is audited, so a misbehaving client cannot flood the trail.</summary>
    public static RateLimit RefusedRequests { get; } = new(60, TimeSpan.FromMinutes(1));

    /// <summary>Registers the policy.</summary>
    public static IServiceCollection AddMouRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PolicyName, Partition);
            options.OnRejected = RejectAsync;
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var policies = context.RequestServices.GetRequiredService<PolicySetProvider>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var clientId = context.User.FindFirstValue(HubClaimTypes.ClientId) ?? "";
        var claim = new AccessClaim(clientId, new HashSet<string>(), context.Request.Headers[HubAccessInterceptor.PurposeHeader].FirstOrDefault(), clock.GetUtcNow());
        var (access, _, _) = RequestAccess.Establish(policies.Current, claim);
        var (mouId, limit) = access is null ? ("refused", RefusedRequests) : (access.Mou.Id, access.Mou.RateLimit);
        var key = string.Create(CultureInfo.InvariantCulture, $"{clientId}|{mouId}|{limit.Requests}/{limit.Window.TotalSeconds}");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Requests,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new
            {
                errors = new[]
                {
                    new
                    {
                        message = $"Too many requests for this client under its MOU's rate limit; retry after {seconds} seconds.",
                        extensions = new { code = RateLimitedCode },
                    },
                },
            },
            cancellationToken);
    }
}
