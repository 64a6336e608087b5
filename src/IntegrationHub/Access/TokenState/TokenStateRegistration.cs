using IntegrationHub.Data.TokenState;
using IntegrationHub.Identity.State;

namespace IntegrationHub.Access.TokenState;

/// <summary>Registers the token server's state in the hub's database.</summary>
public static class TokenStateRegistration
{
    /// <summary>Registers the database replay cache (<see cref="IClientAssertionReplayCache"/>) and revocation list
    /// (<see cref="IAccessTokenRevocationList"/>), and the chore that purges their expired rows. Call before
    /// <c>AddHubTokenServer</c>, whose in-memory defaults these replace. Needs the data layer (<c>AddHubData</c>).</summary>
    public static IServiceCollection AddHubTokenState(this IServiceCollection services)
    {
        services.AddScoped<TokenStateStore>();
        services.AddSingleton<IClientAssertionReplayCache, DatabaseClientAssertionReplayCache>();
        services.AddSingleton<IAccessTokenRevocationList, DatabaseAccessTokenRevocationList>();
        services.AddHostedService<ExpiredTokenStatePurge>();
        return services;
    }
}
