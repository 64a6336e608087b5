using System.Reflection;
using Xunit.Sdk;

namespace IntegrationHub.Data.Tests.Infrastructure;

/// <summary>Runs a theory on one provider: <c>[Theory, ProviderData(Sqlite), ProviderData(Postgres)]</c> runs the
/// same test on both. The PostgreSQL row is skipped, with the reason, when no server is configured outside CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProviderDataAttribute : DataAttribute
{
    /// <summary>A row for <paramref name="provider"/>.</summary>
    public ProviderDataAttribute(DatabaseProvider provider)
    {
        Provider = provider;
        Skip = provider == DatabaseProvider.Postgres ? PostgresServer.SkipReason : null;
    }

    /// <summary>The provider the row runs on.</summary>
    public DatabaseProvider Provider { get; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider]];
}
