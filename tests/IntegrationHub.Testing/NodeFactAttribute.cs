namespace IntegrationHub.Testing;

/// <summary>A fact that needs Node.js and npm. Outside CI it is skipped, saying why, when they are missing; in
/// CI (the <c>CI</c> variable set) it always runs, so a missing Node.js fails it instead of hiding it.</summary>
public sealed class NodeFactAttribute : Xunit.FactAttribute
{
    /// <summary>Skips when Node.js or npm is missing on a developer machine.</summary>
    public NodeFactAttribute()
    {
        var inCi = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI"));
        if (!inCi && !(ExternalTool.IsOnPath("node") && ExternalTool.IsOnPath("npm")))
        {
            Skip = "Node.js and npm are not on the PATH; install Node.js 20 or later to run this test.";
        }
    }
}
