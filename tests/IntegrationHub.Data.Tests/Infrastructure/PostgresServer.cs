namespace IntegrationHub.Data.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests use, named by the <c>HUB_TEST_POSTGRES</c> connection string
/// (<c>.ci/postgres</c> prints one). Outside CI its absence skips the PostgreSQL tests with a reason; in CI
/// (<c>CI</c> set) it fails them, so that a misconfigured pipeline cannot pass by skipping.</summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding the connection string of a role that may CREATEDB.</summary>
    public const string Variable = "HUB_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests are skipped, or null when they run (always in CI).</summary>
    public static string? SkipReason =>
        ConnectionString is not null || IsCi
            ? null
            : $"{Variable} is not set: run .ci/postgres and export its output to test against PostgreSQL.";

    /// <summary>The administrative connection string.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set (only reachable in CI).</exception>
    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, and in CI every PostgreSQL test must run: .ci/run exports it from .ci/postgres.");

    private static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    private static bool IsCi => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI"));
}
