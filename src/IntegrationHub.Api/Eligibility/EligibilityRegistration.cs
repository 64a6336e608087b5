using IntegrationHub.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Api.Eligibility;

/// <summary>Registers the eligibility lists' policies with the hub, and finds them again during a request.</summary>
public static class EligibilityRegistration
{
    /// <summary>Loads the list files of <paramref name="policiesFolder"/> (<c>policies/eligibility</c>) now, so that
    /// a missing or wrong file stops start-up with an error naming the file and field, and registers them.</summary>
    /// <exception cref="EligibilityPolicyException">A list file is missing or wrong.</exception>
    public static IServiceCollection AddHubEligibility(this IServiceCollection services, string policiesFolder) =>
        services.AddSingleton(EligibilityPolicyLoader.Load(policiesFolder));

    /// <summary>The policies registered for the request <paramref name="context"/> belongs to.</summary>
    /// <exception cref="InvalidOperationException">None are registered.</exception>
    public static EligibilityPolicies PoliciesOf(IResolverContext context) =>
        context.Services?.GetService(typeof(EligibilityPolicies)) as EligibilityPolicies
        ?? throw new InvalidOperationException(
            $"The request's services hold no {nameof(EligibilityPolicies)}: register them with services.{nameof(AddHubEligibility)}(\"policies/eligibility\").");
}
