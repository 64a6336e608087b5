namespace IntegrationHub.Policies.Tests;

internal static class Load
{
    public static PolicyLoadResult Production(string folder, ISchemaCoordinates? schema = null) =>
        new PolicyLoader(new PolicyLoadOptions(PolicyEnvironment.Production, schema)).Load(folder);

    public static PolicyLoadResult Development(string folder, ISchemaCoordinates? schema = null) =>
        new PolicyLoader(new PolicyLoadOptions(PolicyEnvironment.Development, schema)).Load(folder);

    /// <summary>Loads a folder that must be valid; on failure the assertion message lists the errors.</summary>
    public static PolicySet Valid(PolicyLoadResult result)
    {
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Set!;
    }
}
