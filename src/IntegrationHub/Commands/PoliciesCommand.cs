using System.CommandLine;
using IntegrationHub.Access;
using IntegrationHub.Policies;

namespace IntegrationHub.Commands;

/// <summary><c>policies</c>: the MOU policy files. <c>check</c> validates a folder as the hub does at start-up;
/// <c>explain</c> says what one client can see on a day; <c>hash-secret</c> hashes a client secret for
/// <c>agencies.yaml</c>.</summary>
public static class PoliciesCommand
{
    /// <summary>The <c>policies</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var policies = new Command("policies", "Check the MOU policy files, explain what a client can see, hash client secrets.");
        policies.Subcommands.Add(CreateCheck());
        policies.Subcommands.Add(CreateExplain());
        policies.Subcommands.Add(CreateHashSecret());
        return policies;
    }

    private static Command CreateCheck()
    {
        var folder = FolderOption();
        var environment = EnvironmentOption();
        var check = new Command("check",
            "Validate the policy folder exactly as the hub does at start-up, including that every field coordinate of " +
            "the scope catalogue is in the hub's GraphQL schema: every error names its file, line and column. Exit " +
            "code 0 when the set is valid, 1 when not. Prints the set's version hash.");
        check.Options.Add(folder);
        check.Options.Add(environment);
        check.SetAction(parse =>
        {
            if (Locate(parse, folder) is not { } path)
            {
                return 1;
            }

            var report = PolicyCheck.Run(path, new PolicyLoadOptions(PolicyFolder.EnvironmentFor(parse.GetValue(environment)!), HubSchemaCoordinates.Hub));
            (report.ExitCode == 0 ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).Write(report.Text);
            return report.ExitCode;
        });
        return check;
    }

    private static Command CreateExplain()
    {
        var client = new Option<string>("--client")
        {
            Description = "The OAuth client id, for example codi-housing.",
            Required = true,
        };
        var day = new Option<DateOnly?>("--at")
        {
            Description = "The day to explain, yyyy-MM-dd (default: today in Asia/Bangkok).",
        };
        var folder = FolderOption();
        var environment = EnvironmentOption();
        var explain = new Command("explain",
            "Print what a client can see on a day: its agency, the MOUs in force, and for each the fields (scope, " +
            "sensitivity, mask), area, purposes and until when.");
        explain.Options.Add(client);
        explain.Options.Add(day);
        explain.Options.Add(folder);
        explain.Options.Add(environment);
        explain.SetAction(parse =>
        {
            if (Locate(parse, folder) is not { } path)
            {
                return 1;
            }

            var report = PolicyCheck.Run(path, new PolicyLoadOptions(PolicyFolder.EnvironmentFor(parse.GetValue(environment)!)));
            if (report.Result.Set is not { } set)
            {
                parse.InvocationConfiguration.Error.Write(report.Text);
                return 1;
            }

            var instant = parse.GetValue(day) is { } date
                ? new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), BangkokCalendar.Offset)
                : DateTimeOffset.UtcNow;
            var explanation = PolicyExplainer.Explain(set, parse.GetValue(client)!, instant);
            (explanation.Access is null ? parse.InvocationConfiguration.Error : parse.InvocationConfiguration.Output).Write(explanation.Text);
            return explanation.Access is null ? 1 : 0;
        });
        return explain;
    }

    private static Command CreateHashSecret()
    {
        var hash = new Command("hash-secret",
            "Read a client secret from standard input (one line; never from the command line, where shell history " +
            "would keep it) and print its PBKDF2 hash for the client's secret-hash in agencies.yaml.");
        hash.SetAction(parse =>
        {
            var secret = Console.In.ReadLine();
            if (string.IsNullOrEmpty(secret))
            {
                parse.InvocationConfiguration.Error.WriteLine("hash-secret: no secret on standard input.");
                return 1;
            }

            parse.InvocationConfiguration.Output.WriteLine(ClientSecretHash.Hash(secret));
            return 0;
        });
        return hash;
    }

    private static Option<string?> FolderOption() => new("--dir")
    {
        Description = "The policy folder (default: the nearest policies/ folder above the current directory).",
    };

    private static Option<string> EnvironmentOption() => new("--environment")
    {
        Description = "Load as this hosting environment; only Development loads the demo clients (default Production).",
        DefaultValueFactory = _ => Environments.Production,
    };

    private static string? Locate(ParseResult parse, Option<string?> folder)
    {
        try
        {
            return PolicyFolder.Locate(parse.GetValue(folder), Directory.GetCurrentDirectory());
        }
        catch (DirectoryNotFoundException exception)
        {
            parse.InvocationConfiguration.Error.WriteLine(exception.Message);
            return null;
        }
    }
}
