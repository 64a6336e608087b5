namespace IntegrationHub.Policies.Tests;

/// <summary>dev-clients.yaml must never load outside Development.</summary>
public sealed class DevelopmentClientsTests
{
    [Fact]
    public void Load_Development_AddsTheDemoClientsMarkedDevelopmentOnly()
    {
        var set = Load.Valid(Load.Development(TestPaths.Fixture("Valid")));

        var demo = set.FindClient("codi-demo");
        Assert.NotNull(demo);
        Assert.True(demo.IsDevelopmentOnly);
        Assert.Contains("dev-clients.yaml", set.Files);
    }

    [Fact]
    public void Load_Production_HasNoDemoClientAndDoesNotHashTheFile()
    {
        var set = Load.Valid(Load.Production(TestPaths.Fixture("Valid")));

        Assert.Null(set.FindClient("codi-demo"));
        Assert.DoesNotContain(set.Clients, client => client.IsDevelopmentOnly);
        Assert.DoesNotContain("dev-clients.yaml", set.Files);
    }

    [Fact]
    public void Load_Production_NeverOpensTheDemoFileEvenWhenItIsBroken()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        var before = Load.Valid(Load.Production(folder.Path)).VersionHash;
        folder.Write("dev-clients.yaml", "clients: [ this is : not yaml");

        var after = Load.Production(folder.Path);

        Assert.Equal(before, Load.Valid(after).VersionHash);
        Assert.False(Load.Development(folder.Path).IsValid);
    }

    [Fact]
    public void Load_Development_DemoClientOfUnknownAgency_IsAnErrorAtItsLine()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        folder.Edit("dev-clients.yaml", "agency: codi", "agency: cody");

        var error = Assert.Single(Load.Development(folder.Path).Errors);

        Assert.Equal(PolicyErrorCode.UnknownAgency, error.Code);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Load_Development_DemoClientReusingARealClientId_IsADuplicate()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        folder.Edit("dev-clients.yaml", "id: codi-demo", "id: codi-housing");

        var error = Assert.Single(Load.Development(folder.Path).Errors);

        Assert.Equal(PolicyErrorCode.DuplicateId, error.Code);
        Assert.EndsWith("dev-clients.yaml", error.Location.File, StringComparison.Ordinal);
    }
}
