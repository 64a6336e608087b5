using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals;

/// <summary>The time source of a mutation: the request's <see cref="TimeProvider"/> service when it has one (a test's
/// fixed clock), else the system clock.</summary>
public static class MutationClock
{
    /// <summary>The clock of the request of <paramref name="context"/>.</summary>
    public static TimeProvider Of(IResolverContext context) =>
        context.Services?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
}
