namespace IntegrationHub.Policies.Tests;

/// <summary>The policy set the hub ships with (policies/): it must stay valid, and its demo clients must match the
/// secrets policies/README.md publishes.</summary>
public sealed class RealPolicySetTests
{
    private static readonly PolicySet Production = Load.Valid(Load.Production(TestPaths.RealPolicies));
    private static readonly PolicySet Development = Load.Valid(Load.Development(TestPaths.RealPolicies));

    [Fact]
    public void Load_Production_HasEveryPartnerOfTheSeedsAndNoDemoClient()
    {
        Assert.Equal(
            ["audit-committee", "codi", "eef", "mof", "pmua", "pso-kalasin", "ptt", "sao-dontan"],
            Production.Agencies.Select(agency => agency.Code));
        Assert.DoesNotContain(Production.Clients, client => client.IsDevelopmentOnly || client.Id.EndsWith("-demo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mof-demo", "mof")]
    [InlineData("codi-demo", "codi")]
    [InlineData("eef-demo", "eef")]
    [InlineData("ptt-demo", "ptt")]
    [InlineData("pso-kalasin-demo", "pso-kalasin")]
    [InlineData("sao-dontan-demo", "sao-dontan")]
    [InlineData("auditor-demo", "audit-committee")]
    public void Load_Development_DemoClientAcceptsTheSecretInTheReadme(string clientId, string agency)
    {
        var client = Development.FindClient(clientId)!;

        Assert.Equal(agency, client.AgencyCode);
        Assert.True(client.VerifySecret($"{clientId}-secret"));
        Assert.Contains($"| `{clientId}` | `{clientId}-secret` |", File.ReadAllText(Path.Combine(TestPaths.RealPolicies, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_HealthAndDisabilityScopes_AreSensitive()
    {
        Assert.Equal(Sensitivity.Sensitive, Production.Catalogue.ScopeGuarding("Member.healthCondition")?.Sensitivity);
        Assert.Equal(Sensitivity.Sensitive, Production.Catalogue.ScopeGuarding("Member.disability")?.Sensitivity);
    }

    [Fact]
    public void Readme_CoordinateContract_ListsEveryCoordinateOfTheCatalogue()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RealPolicies, "README.md"));

        Assert.All(Production.Catalogue.Scopes.SelectMany(scope => scope.Fields),
            coordinate => Assert.Contains($"`{coordinate}`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void AccessFor_ProvincialOfficeAfterRenewal_IsUnderTheRenewedMouOnly()
    {
        var access = Production.AccessFor("pso-kalasin-case", new DateTimeOffset(2026, 10, 1, 0, 0, 0, BangkokCalendar.Offset))!;

        Assert.Equal("MOU-2569-011", Assert.Single(access.MousInForce).Id);
        Assert.Equal(["46"], access.MousInForce[0].Area.Provinces);
    }
}
