using System.CommandLine;
using System.Globalization;
using IntegrationHub.Data;
using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Progress;
using IntegrationHub.Data.Seeding;

namespace IntegrationHub.Commands;

/// <summary><c>seed</c>: fills the configured database with deterministic synthetic households for development
/// and load tests.</summary>
public static class SeedCommand
{
    /// <summary>The seed used unless told otherwise.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The <c>seed</c> command.</summary>
    public static Command Create()
    {
        var households = new Option<int>("--households")
        {
            Description = "How many synthetic households to add (0 or more).",
            Required = true,
        };
        households.Validators.Add(result =>
        {
            // A token that is not a number at all is reported by the parser; reading the value here would throw.
            if (result.Tokens is [.., var token]
                && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count < 0)
            {
                result.AddError($"--households must be 0 or more, not {count}.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "The random seed: the same seed gives the same households.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var command = new Command("seed",
            "Migrate the configured database, then add the pilot provinces (with synthetic districts and villages), " +
            "the partner agencies, and synthetic households with members, scores, problems and referrals. For " +
            "development and load tests only: no record describes a real person.");
        command.Options.Add(households);
        command.Options.Add(seed);
        var database = DatabaseOptionSet.AddTo(command);
        command.SetAction((parse, cancellationToken) => HostedChore.RunAsync("seed", database.HostArgs(parse), parse.InvocationConfiguration,
            async (services, console) =>
            {
                var applied = await services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync(cancellationToken);
                if (applied.Count > 0)
                {
                    await console.Output.WriteLineAsync(DbCommand.DescribeApplied(applied));
                }

                var added = await ProgressDisplay.RunAsync("seed", console.Output, progress => HubSeeder.SeedAsync(
                    services.GetRequiredService<HubDbContext>(), parse.GetValue(households), parse.GetValue(seed),
                    services.GetRequiredService<TimeProvider>(), progress, cancellationToken));
                await console.Output.WriteLineAsync($"Added {added} synthetic household(s) (seed {parse.GetValue(seed)}).");
            }));
        return command;
    }
}
