using System.Text;

namespace IntegrationHub.Policies;

/// <summary>What <c>policies check</c> reports: the load result, and the text to print.</summary>
/// <param name="Result">The load result.</param>
/// <param name="Text">One <c>file:line:column: message</c> line per error and a count, or a summary with the version hash.</param>
public sealed record PolicyCheckReport(PolicyLoadResult Result, string Text)
{
    /// <summary>The process exit code: 0 when the set is valid, 1 when not.</summary>
    public int ExitCode => Result.IsValid ? 0 : 1;
}

/// <summary>The library half of <c>policies check</c>: loads a folder exactly as the hub does at start-up.</summary>
public static class PolicyCheck
{
    /// <summary>Checks <paramref name="folder"/>.</summary>
    public static PolicyCheckReport Run(string folder, PolicyLoadOptions options)
    {
        var result = new PolicyLoader(options).Load(folder);
        var text = new StringBuilder();
        if (result.Set is { } set)
        {
            text.AppendLine($"Policy set is valid: {set.Catalogue.Scopes.Count} scopes, {set.Agencies.Count} agencies, "
                + $"{set.Clients.Count} clients, {set.Mous.Count} MOUs ({options.Environment}).");
            text.AppendLine($"Version hash: {set.VersionHash}");
        }
        else
        {
            foreach (var error in result.Errors)
            {
                text.AppendLine(error.ToString());
            }

            text.AppendLine(result.Errors.Count == 1 ? "1 error." : $"{result.Errors.Count} errors.");
        }

        return new PolicyCheckReport(result, text.ToString());
    }
}
