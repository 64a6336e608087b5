using System.CommandLine;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Keys;

namespace IntegrationHub.Commands;

/// <summary><c>keys</c>: the token server's signing keys (<c>Hub:Tokens:KeyFolder</c>).</summary>
public static class KeysCommand
{
    /// <summary>The <c>keys</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var keys = new Command("keys", "Manage the token server's signing keys.");
        var environment = new Option<string?>("--environment")
        {
            Description = "Hosting environment whose configuration names the key folder and issuer (default Production).",
        };
        var folder = new Option<string?>("--key-folder")
        {
            Description = "The key folder, relative to the content root (default Hub:Tokens:KeyFolder, data/keys).",
        };
        var rotate = new Command("rotate",
            "Create a new signing key. A running hub signs new tokens with it within Hub:Tokens:KeyReloadInterval (10 seconds by default), no restart; the previous key stays in " +
            "the JWKS until every token it signed has expired, and keys no token can need are deleted.");
        rotate.Options.Add(environment);
        rotate.Options.Add(folder);
        rotate.SetAction((parse, cancellationToken) => HostedChore.RunAsync(
            "keys rotate",
            [
                .. parse.GetValue(environment) is { } name ? [$"--environment={name}"] : Array.Empty<string>(),
                .. parse.GetValue(folder) is { } path ? [$"--{HubTokenOptions.SectionName}:KeyFolder={path}"] : Array.Empty<string>(),
            ],
            parse.InvocationConfiguration,
            builder => builder.AddHubSigningKeys(),
            async (services, console) =>
            {
                var ring = services.GetRequiredService<SigningKeyRing>();
                var key = ring.Rotate();
                await console.Output.WriteLineAsync(
                    $"Created signing key {key.KeyId} ({key.Algorithm}); {ring.Published.Count} key(s) now published.");
            }));
        keys.Subcommands.Add(rotate);
        return keys;
    }
}
