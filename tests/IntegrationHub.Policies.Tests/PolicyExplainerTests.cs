using IntegrationHub.Testing;

namespace IntegrationHub.Policies.Tests;

public sealed class PolicyExplainerTests
{
    private static readonly PolicySet Set = Load.Valid(Load.Production(TestPaths.Fixture("Valid")));

    [Fact]
    public void Explain_ClientWithMouInForce_ListsFieldsAreaPurposesAndEnd()
    {
        var explanation = PolicyExplainer.Explain(Set, "codi-housing", new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero));

        Assert.NotNull(explanation.Access);
        // The hash and the folder's absolute path differ between machines; the rest is the reviewed output.
        Snapshot.Match(explanation.Text
            .Replace(Set.VersionHash, "<version hash>", StringComparison.Ordinal)
            .Replace(TestPaths.Fixture("Valid"), "<fixture>", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_ClientWhoseMouEnded_SaysItSeesNothingAndWhenItEnded()
    {
        var explanation = PolicyExplainer.Explain(Set, "codi-housing", new DateTimeOffset(2027, 6, 1, 3, 0, 0, TimeSpan.Zero));

        Assert.Contains("No MOU is in force on 2027-06-01: the client sees no data.", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("MOU-TEST-001: Test MOU, ended 2026-12-31", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownClient_SaysSoWithoutAccess()
    {
        var explanation = PolicyExplainer.Explain(Set, "mallory", DateTimeOffset.UtcNow);

        Assert.Null(explanation.Access);
        Assert.StartsWith("No client \"mallory\" is defined", explanation.Text, StringComparison.Ordinal);
    }
}
